/**
 * An eighth, independent set of phrasings for the generator ("blind7"), written blind on 2026-11-27
 * (late evening) for the final blind measurement: its author read eval/ (generator, values, score,
 * run, holdout, blind2 … blind6), DESIGN.md §4 and docs/evaluation.md, but nothing under src/, test/,
 * bench/ or scripts/, and the engine was not run on it (only redact-pii, to check that it loads and
 * generates). It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind6.ts: new
 * situations (fertility clinic and IVF, dermatology photo uploads, bariatric surgery follow-up, sleep
 * studies and CPAP, hearing aids and audiology, chemotherapy infusion scheduling, transplant
 * coordination, pediatric well-child visits, travel vaccines, occupational health and drug screening,
 * podiatry, speech therapy, hospital parking and the visitor desk, interpreter scheduling, patient
 * advocate complaints, billing disputes and payment plans, insurance appeals, COBRA, FMLA paperwork,
 * disability forms, the organ donor registry, the blood bank), new cue words for ids ("appeal for
 * member", "reference on my EOB", "prior auth … under", "COBRA continuation id", "claimant id",
 * "FMLA case", "donor id", "transplant waitlist id", "employee id" and "badge" when they identify the
 * patient, "bariatric program id", "sleep center file", "hearing aid serial", "CPAP serial",
 * "infusion pump sn", "sound processor", "parking permit is for", "the tag on my car", "valet",
 * "CDL", "DOT physical", "número de empleado", "gafete", "número de donante", "caso FMLA",
 * "explicación de beneficios", "número de reclamante"), ids without the obvious keyword, names in
 * every position (message start, after verbs, lists, vocatives, sign-offs on the next line,
 * possessives, parentheses, brackets, after "cc:", after "attn", inside all-caps text, hyphenated
 * double first names, Spanish compound surnames), ages over 89 in new shapes ("just hit …", "almost
 * …", "… year old pt", "at the time of surgery", a bare "…, male"), dates after new cue words
 * (retrieval, transfer, cycle, postmarked by, valid thru, onset, FUR), addresses for batteries, kits,
 * permits and employers, phones and faxes with new cue words (nurse line, pager, dispatcher, HR fax,
 * appeals fax), emails and urls inside sentences, lower case, all caps, missing punctuation, emoji,
 * run-ons, Spanglish, several identifiers per message, and negatives that look like PHI (sleep study
 * indices AHI 32 / IAH 32, O2 nadir, ESS, CPAP pressure, audiogram dB and Hz values, word
 * recognition, BMI / IMC, AMH, FSH, estradiol, tacrolimus levels, ANC, platelets, ferritin, lesion
 * size, doses in IU / mcg / mg, CPT 95810/95811/92557/43775/96413/96415/58970/89280/99392/80305/
 * 11721/92507, ICD G47.33/H90.3/E66.01/Z68.41/N97.9/L70.0/Z94.0/Z00.129/L60.0/F80.0, HCPCS
 * A7030/A7035/V5261/J9271/J1100, NDC codes, tooth #19, infusion chairs, sleep lab rooms, sound booths,
 * parking levels and spots, floors, beds, windows, prices and payment-plan amounts, FY2026, week and
 * cycle-day numbers, Q3, times, counts, order/ticket/tracking/invoice/confirmation numbers, drug
 * brands that are also given names - nikki, ocella, junel, larissia, hailey 24 fe, jolessa, natazia,
 * zarah, gianvi, syeda, tulana, sharobel, jasmiel, kalliga, lunesta, sonata - months and weekdays used
 * as words "may", "march", "august", black friday, cyber monday, sunday best, "el buen fin", place
 * names used as non-locations - boston cream, philly cheesesteak, manhattan clam chowder, long island
 * iced tea, swiss cheese, brussels sprouts, french fries, hawaiian shirt, new york strip, hockey
 * jersey, carolina reaper, texas toast, georgia peaches, kentucky bluegrass, idaho potatoes,
 * california roll, vermont maple syrup, queso oaxaca, salsa tabasco, perro chihuahua, jamón serrano,
 * queso manchego, naranjas valencia, voz sonora, vino de jerez, mole poblano - phrases like "sign up",
 * "the doctor", "my mom", and words that are names: will, hope, grace, faith, joy, dawn, summer, mark,
 * bill, rob, jack, rose, ivy, ruby, sunny, major, frank, gene, art, don, lance, page, nick, stone,
 * miles, sterling, price, long, white; dolores, luz, paz, pilar, rocío, amparo, consuelo, soledad,
 * milagros, severo, benigno, constancia, máximo, franco, dulce, sol, cielo, alma, perla, justo,
 * modesto, estrella, paloma).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND7_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        '{first} at the fertility clinic said my egg retrieval is friday, can someone confirm', 'uploaded 3 photos of the mole for {provider}, did they come through',
        'bariatric follow up for {name}, down 40 lbs since the sleeve', 'sleep tech {first} put the wires on way too tight, barely slept lol',
        'audiologist {first} said my left aid needs a new receiver', 'my chemo chair buddy {first} wants to switch to mornings too, is there room',
        'transplant coordinator {name} hasnt called back in a week', 'well child visit for {name}, she turns 4 next month',
        'travel shots for me and {relative}, leaving for peru in 3 weeks', 'occ health: drug screen for new hire {name}, collected this am',
        'the podiatrist, {provider}, trimmed too close and now its bleeding', 'speech therapy for {first}, 3, still says "tat" for "cat"',
        'visitor desk wont let {relative} up after 8pm, is that the rule now?', "{name}'s interpreter no-showed again, we need one for thursday",
        'i want to file a complaint about {provider} with the patient advocate', 'billing dispute: i got charged for {name}, thats my ex husband',
        'APPEAL LETTER FOR {name} ATTACHED, PLS SIGN AND RETURN', 'cc: {first} (my case manager) and {relative}', 'attn {name} - re: payment plan',
        'Attn. {titled}, the hearing aids are ready for pickup', '[{name}] FMLA paperwork, due to HR by friday', 'disability form for {name} still needs the doctor section',
        '{first}, you were so kind at the blood drive, thank u 🩸', 'did {first} or {first} get the infusion schedule i sent over',
        'my donor card says {name} but i got married, do i re-register', 'thanks again for squeezing us in\n{first}', 'talk soon,\n{name}\n(mom of {first})',
        'dr said to ask {first} in billing about a payment plan', 'is {provider} still running the sleep clinic on tuesdays', '{name} here - my CPAP mask leaks all night',
        'our daughter is {first}-{first}, not just {first}, pls fix the well child chart', "who approved {relative}'s appeal? we never got a letter",
        'hi {first}! quick q on the COBRA premium', 'the parking attendant {first} said my validation expired', 'infusion nurses {first} + {first} were amazing today',
        'my son ({name}) needs his school physical and the tdap', '{provider} wants a second biopsy, is {first} from derm calling me?',
        'son here - {relative}, the transplant pt, is asleep so im texting', 'pick up for {name}: two new hearing aid domes', 'ok {first} thank u i got the fmla form',
      ],
      es: [
        '{first} de la clínica de fertilidad me dijo que la punción es el viernes', 'mandé las fotos del lunar para {provider}, sí les llegaron?',
        'seguimiento de la manga gástrica de {name}, ya bajó 20 kilos', 'el técnico del estudio del sueño, {first}, me puso los cables bien apretados',
        'la audióloga {first} dice que el aparato izquierdo necesita otro auricular', 'mi compañera de sillón en la quimio, {first}, también quiere turno de mañana',
        'la coordinadora de trasplantes {name} no me regresa la llamada', 'control del niño sano para {name}, cumple 4 el mes que entra',
        'vacunas de viaje para mí y {relative}, nos vamos a la india en 3 semanas', 'salud ocupacional: antidoping del nuevo ingreso {name}',
        'el podólogo, {provider}, me cortó la uña de más y sangra', 'terapia de lenguaje para {first}, tiene 3 y no pronuncia la erre',
        'en el módulo de visitas no dejan pasar a {relative} después de las 8', 'la intérprete de {name} no llegó otra vez',
        'quiero poner una queja contra {provider} con el defensor del paciente', 'me cobraron la consulta de {name} y ni es mi hijo',
        'CARTA DE APELACIÓN DE {name}, FAVOR DE FIRMAR', 'con copia para {first} (trabajadora social) y {relative}', 'atención: {name}, asunto: plan de pagos',
        '[{name}] formulario de incapacidad, urge para recursos humanos', '{first}, gracias por atenderme tan bien en la donación de sangre 🩸',
        'mi tarjeta de donante dice {name} pero ya me cambié el apellido', 'gracias por hacernos un espacio\n{first}', 'saludos,\n{name}\n(mamá de {first})',
        'pregúntele a {first} de cobranza por el plan de pagos', '{name} por acá - la mascarilla del CPAP se sale toda la noche', 'hola {first}! una duda con la prima de COBRA',
        'el del estacionamiento, {first}, dice que ya venció mi boleto', 'las enfermeras de la infusión, {first} y {first}, un amor',
        'mi hijo ({name}) necesita el certificado médico pa la escuela', 'les escribe el hijo: {relative}, la del trasplante, está dormida',
        'ok {first} gracias ya me llegó la forma', 'hello, soy {name}, my hearing aid está chiflando otra vez', '{titled} pregunta si ya aprobaron la apelación',
      ],
    },
    DATE: {
      en: [
        'egg retrieval is {date}, transfer 5 days after?', 'i uploaded the rash pics {date}, no reply yet', 'sleeve surgery was {date}, when is the 6 month f/u',
        'sleep study night is {date}, do i bring my own pillow', 'hearing aid trial ends {date}, can i still return them', 'chemo cycle 3 starts {date} if counts are ok',
        'got the call for the kidney {date} but it was a no-go', '2 yr well check on {date}?', 'flying out {date}, is that enough time for the typhoid vaccine',
        'drug test collected {date}, employer still has no result', 'ingrown nail procedure {date}, can i wear sneakers after', 'speech eval rescheduled for {date}',
        'parking pass valid thru {date}?', 'complaint filed {date} and nobody has called me', 'statement dated {date} shows a balance i already paid',
        'appeal must be postmarked by {date}', 'my COBRA coverage ends {date}, what now', 'FMLA leave from {date} to {date}', 'disability onset {date} per the form',
        'last donated blood on {date}, can i give again yet', 'DOB on the donor registry is wrong, should be {dobRaw}', 'baby born {dobRaw}, need the newborn visit',
        '{dob} - for the appeal', 'employee dob {dobRaw} for the occ health file', 'next infusion {date}??', 'can we push audiology to {date} or {date}',
        'lmp {date}, cycle day 3 labs ordered',
      ],
      es: [
        'la punción es el {date}, y la transferencia?', 'subí las fotos del sarpullido el {date} y nadie contesta', 'la manga fue el {date}, cuándo es la cita de los 6 meses',
        'el estudio del sueño es el {date}, llevo mi almohada?', 'la prueba de los aparatos auditivos termina el {date}', 'el ciclo 3 de quimio empieza el {date} si salen bien los análisis',
        'me hablaron para el riñón el {date} pero no se pudo', 'la cita del niño sano es el {date}?', 'salgo de viaje el {date}, alcanzo a vacunarme?',
        'el antidoping fue el {date} y la empresa no tiene resultado', 'me quitan la uña enterrada el {date}', 'la evaluación de lenguaje quedó para el {date}',
        'el permiso de estacionamiento vence el {date}?', 'puse la queja el {date} y nada', 'la apelación tiene que llegar antes del {date}', 'el COBRA se me acaba el {date}',
        'FMLA del {date} al {date}', 'la incapacidad empezó el {date} según el formulario', 'doné sangre el {date}, ya puedo volver?',
        'en el registro de donantes mi fecha de nacimiento está mal, es {dobRaw}', 'el bebé nació el {dobRaw}, le toca la primera consulta', '{dob}, para la apelación',
        'FUR {date}, me pidieron estudios del día 3',
      ],
    },
    AGE_OVER_89: {
      en: [
        'grandpa is {ageRaw} and wants hearing aids, does medicare pay', '{ageRaw} year old pt for a sleep study? is that normal', 'my aunt just hit {ageRaw}, still wants to donate blood lol',
        'she will be {ageRaw} at the time of surgery, too old for the transplant list?', 'toenails on a {ageRaw} yr old are like rocks, can podiatry come to the house',
        'chemo at {ageRaw}? the family is split', 'pt age ~{ageRaw}, needs a farsi interpreter', 'mom ({ageRaw}) needs the travel vaccines for a cruise',
        'great-grandma turns {ageRaw} {date} and wants her hearing aids fixed before the party', 'DAD IS {ageRaw}!! WHY IS HE GETTING PAYMENT PLAN CALLS',
        'FMLA to care for my grandmother, {ageRaw}, after her fall', '{ageRaw}, male, speech changes since tuesday', 'he is almost {ageRaw} and still drives to dialysis',
        'the oldest donor on the registry? my uncle, {age90}',
      ],
      es: [
        'el abuelo tiene {ageRaw} y quiere aparatos auditivos', 'la tía ya llegó a los {ageRaw} y quiere donar sangre', 'va a tener {ageRaw} cuando la operen, es mucho para el trasplante?',
        'uñas de una señora de {ageRaw}, pueden venir a la casa?', 'quimio a los {ageRaw}? la familia no se pone de acuerdo', 'mi mamá ({ageRaw}) necesita vacunas para un crucero',
        'la bisabuela cumple {ageRaw} el {date} y quiere sus aparatos arreglados', 'MI PAPÁ TIENE {ageRaw}!! POR QUÉ LE LLAMAN DE COBRANZA',
        'licencia FMLA para cuidar a mi abuela de {ageRaw}', '{ageRaw}, hombre, habla arrastrada desde el martes', 'ya casi {ageRaw} y sigue manejando',
        'el donante más viejo del registro es mi tío, {age90}',
      ],
    },
    ADDRESS: {
      en: [
        'send the hearing aid batteries to {address}', 'sleep study kit should ship to {address}, not the old place', 'is there a fertility clinic closer to {city}',
        'bariatric support group still meets in {city}?', 'pls mail the appeal decision to {address}', 'the COBRA notice went to {address}, we moved out a year ago',
        'blood drive at {address} this weekend? what time', 'podiatry home visit at {address}, ring twice', 'we drive in from {city} for chemo, any hotel discount',
        'well child forms to {address} pls', 'for the parking permit: home address {address}', 'travel clinic in or near {zipRaw}?', 'occ health has {address} on file, thats right',
        'transplant housing at {address}, is that still available', 'billing keeps sending stuff to {address}, update to {address}', 'FMLA letter should go to my employer, {address}',
        'speech therapy at the school in {city} or at your clinic?', 'donor registry asks for county and {zip}', 'address for the disability form\n{address}',
      ],
      es: [
        'las pilas de los aparatos a {address}', 'el equipo del estudio del sueño mándenlo a {address}', 'hay clínica de fertilidad más cerca de {city}?',
        'el grupo de apoyo bariátrico sigue en {city}?', 'la respuesta de la apelación a {address}', 'el aviso de COBRA llegó a {address}, ya no vivimos ahí',
        'la colecta de sangre en {address}, a qué hora?', 'visita del podólogo en {address}, toquen fuerte', 'venimos de {city} para la quimio, hay descuento de hotel?',
        'para el permiso de estacionamiento, domicilio: {address}', 'clínica de vacunas para viajero cerca del {zipRaw}?', 'el hospedaje para trasplantes en {address} sigue disponible?',
        'cobranza manda todo a {address}, cámbienlo a {address}', 'la carta de FMLA a la empresa, {address}', 'terapia de lenguaje en {city} o en la clínica?',
        'domicilio para la forma de incapacidad:\n{address}',
      ],
    },
    PHONE: {
      en: [
        'fertility nurse line said to leave my number, {phoneRaw}', 'text the derm photo link to {phoneRaw}', 'sleep lab can reach me on {phoneRaw} the night of',
        'call my daughter on {phoneRaw}, i cant hear the phone without my aids', 'infusion center pls ring {phoneRaw} if an earlier slot opens', 'TRANSPLANT PAGER IS DEAD, USE {phoneRaw}',
        'patient advocate can call {phoneRaw} between 9 and 5', 'for the payment plan, best # {phoneRaw}', 'hr contact for the FMLA is {phoneRaw}',
        'my mobile: {phoneRaw} / my husband: {phoneRaw}', 'visitor desk said to dial upstairs at {phoneRaw}, no one answers', '{phoneRaw} is the number on the donor card, still good',
        'interpreter agency dispatcher {phoneRaw}',
      ],
      es: [
        'en la línea de enfermería de fertilidad dejé mi número, {phoneRaw}', 'mándenme el link de las fotos al {phoneRaw}', 'la noche del estudio me localizan en el {phoneRaw}',
        'háblenle a mi hija al {phoneRaw}, yo no oigo bien el teléfono', 'si se abre un lugar en infusión márquenme al {phoneRaw}', 'EL LOCALIZADOR DE TRASPLANTES NO SIRVE, USEN EL {phoneRaw}',
        'el defensor del paciente me puede llamar al {phoneRaw} de 9 a 5', 'para el plan de pagos, mejor al {phoneRaw}', 'mi cel {phoneRaw} / el de mi esposo {phoneRaw}',
        '{phoneRaw} es el que está en la tarjeta de donante', 'la agencia de intérpretes, {phoneRaw}',
      ],
    },
    FAX: {
      en: [
        'fax the FMLA cert to my HR at {faxRaw}', 'disability paperwork goes to the insurer by fax only, {faxRaw}', 'appeals dept fax is {faxRaw} per the denial letter',
        'send the sleep study report to my pcp fax {faxRaw}', 'occ health results: employer fax {faxRaw}', 'transplant center wants the labs faxed, {faxRaw}',
        'audiology clearance → ENT office fax {faxRaw}', 'pls {fax} asap, attn billing disputes',
      ],
      es: [
        'manden la forma del FMLA a recursos humanos por fax, {faxRaw}', 'la aseguradora nomás recibe la incapacidad por fax al {faxRaw}', 'el fax de apelaciones según la carta es {faxRaw}',
        'el reporte del estudio del sueño al fax de mi médico {faxRaw}', 'resultados del antidoping al fax de la empresa {faxRaw}', 'el centro de trasplantes quiere los análisis por fax: {faxRaw}',
        'por favor {fax}, atención cobranza',
      ],
    },
    EMAIL: {
      en: [
        'send the mole photo upload link to {email}', 'embryology updates go to {email} pls', 'send the appeal confirmation to {email}', 'can the COBRA election form be emailed? {email}',
        'for FMLA, my manager is {email}', 'sleep study results to {email} and my pcp', 'i wrote to {email} about the payment plan, was that the right address',
        'speech therapy homework to {email} thx', 'donor registry confirmation went to {email} which i dont use anymore',
      ],
      es: [
        'el link para subir las fotos del lunar a {email}', 'los avisos de la clínica de fertilidad a {email} porfa', 'la confirmación de la apelación a {email}',
        'la forma de COBRA se puede mandar por correo? {email}', 'los resultados del estudio del sueño a {email}', 'escribí a {email} por lo del plan de pagos, es el correcto?',
        'la tarea de terapia de lenguaje a {email}',
      ],
    },
    URL: {
      en: [
        'upload portal for the derm photos {url} says file too big', 'the payment plan page {url} times out', 'appeal status at {url} still says received',
        'our fundraiser for the transplant {url} if anyone asks', 'speech therapist sent {url} for practice games', 'donor registry page {url} wont save my choice',
        'parking map {url} is out of date',
      ],
      es: [
        'el portal para las fotos de dermatología {url} dice archivo muy grande', 'la página del plan de pagos {url} no carga', 'el estatus de la apelación en {url} sigue igual',
        'la colecta para el trasplante {url}', 'el registro de donantes {url} no guarda', 'la terapeuta mandó {url} pa practicar',
      ],
    },
    IP_ADDRESS: {
      en: [
        'photo upload failed from {ip}, tried twice', 'the payment portal flagged {ip} as suspicious', 'cpap modem reports {ip} but the app says offline',
        'sleep lab wifi gave me {ip} and nothing loads', 'login attempt from {ip} on my billing account, not me!', 'hearing aid app support wants the phone ip: {ip}',
      ],
      es: [
        'la subida de fotos falla desde {ip}', 'el portal de pagos marcó {ip} como sospechosa', 'el módem del cpap dice {ip} pero la app dice desconectado',
        'intentaron entrar a mi cuenta desde {ip}, no fui yo', 'soporte de la app de los aparatos pide la ip: {ip}',
      ],
    },
    SSN: {
      en: [
        'disability application wants my social, {ssnRaw}', 'COBRA admin asked for the ssn of the qualified beneficiary {ssnRaw}', 'for the payment plan credit check?? ssn {ssnRaw}',
        'donor registry asked for last 4 but i typed the whole thing {ssnRaw} oops', 'occ health new hire paperwork: ss# {ssnRaw}', 'appeal form box 4 (ssn): {ssnRaw}',
        'FMLA cert needs employee social {ssnRaw}', 'itin since i dont have a social: {ssnRaw}',
      ],
      es: [
        'la solicitud de incapacidad pide mi seguro social, {ssnRaw}', 'el de COBRA pidió el social del beneficiario {ssnRaw}', 'para el plan de pagos me pidieron el social {ssnRaw}',
        'papeles de nuevo ingreso en salud ocupacional: seguro social {ssnRaw}', 'la forma de apelación, casilla 4 (SSN): {ssnRaw}', 'no tengo social, tengo ITIN: {ssnRaw}',
      ],
    },
    MRN: {
      en: [
        'fertility patient # {mrnRaw}, my partner is under a different one', 'derm photo upload asks for chart no {mrnRaw}', 'bariatric program id {mrnRaw}', 'sleep center file {mrnRaw}',
        'employee id {mrnRaw}, occ health drug screen', 'donor id {mrnRaw} from the blood bank app', 'transplant waitlist id {mrnRaw}', 'FMLA case {mrnRaw}',
        'badge {mrnRaw} - i work here and im also the patient', 'infusion center record {mrnRaw}', 'the complaint letter mentions {mrnRaw}, is that my chart?',
      ],
      es: [
        'número de paciente de fertilidad {mrnRaw}', 'el portal de dermatología pide el número de expediente {mrnRaw}', 'folio del programa bariátrico {mrnRaw}',
        'número de empleado {mrnRaw}, para el antidoping', 'número de donante {mrnRaw} del banco de sangre', 'id en la lista de espera de trasplante {mrnRaw}', 'caso FMLA {mrnRaw}',
        'gafete {mrnRaw}, trabajo aquí y también soy paciente', 'registro de la unidad de infusión {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'appeal for member {planRaw}', 'reference on my EOB {planRaw}', 'prior auth for the sleep study under {planRaw}', 'COBRA continuation id {planRaw}',
        'the fertility benefit rider is on {planRaw}', 'bariatric coverage check, subscriber {planRaw}', 'hearing aid benefit? my plan id is {planRaw}',
        'not travel insurance, my regular insurance: {planRaw}', 'chemo gets billed to my secondary, {planRaw}', 'well child visit should be $0 on {planRaw}',
        'after the job change my new id is {planRaw}', 'transplant eval billed to {planRaw}', 'disability carrier claimant id {planRaw}',
      ],
      es: [
        'apelación del afiliado {planRaw}', 'la referencia en mi explicación de beneficios {planRaw}', 'autorización previa para el estudio del sueño con {planRaw}',
        'número de continuación COBRA {planRaw}', 'la cobertura de fertilidad está en {planRaw}', 'revisen si cubre la bariátrica, asegurado {planRaw}',
        'aparatos auditivos con mi seguro {planRaw}?', 'la quimio se cobra al seguro secundario, {planRaw}', 'con el cambio de trabajo mi nuevo número es {planRaw}',
        'número de reclamante de incapacidad {planRaw}',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'payment plan is on account {acctRaw}, $75 a month', 'billing dispute for statement acct {acctRaw}', 'refund the double charge to checking {acctRaw}',
        'IVF financing account {acctRaw}', 'autodraft the chemo copays from {acctRaw}', 'guarantor for the well child visits, account {acctRaw}',
        'the collections letter says {acctRaw}', 'disability benefit direct deposit to {acctRaw}',
      ],
      es: [
        'el plan de pagos está en la cuenta {acctRaw}', 'disputa de cobro, cuenta del estado {acctRaw}', 'el reembolso del cobro doble a mi cuenta de cheques {acctRaw}',
        'financiamiento de la fertilización in vitro, cuenta {acctRaw}', 'la carta de cobranza dice {acctRaw}', 'depósito de la incapacidad a {acctRaw}',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'occ health wants a copy of my CDL, {licRaw}', 'for the DOT physical, license {licRaw}', 'travel clinic needs my passport for the yellow card, {licRaw}',
        "the audiologist's license {licRaw} for my hsa receipt", 'sleep doc DEA {licRaw} so i can fill the sleeping pill', 'visitor desk scanned my ID, {licRaw}, and kept it??',
        'the podiatrist license # on the receipt {licRaw}', 'speech therapist state lic {licRaw} for the school forms',
      ],
      es: [
        'salud ocupacional pide mi licencia federal, {licRaw}', 'para la vacuna de fiebre amarilla piden pasaporte, {licRaw}', 'la cédula de la audióloga {licRaw} para el recibo',
        'en el módulo de visitas escanearon mi identificación, {licRaw}', 'la licencia del podólogo en el recibo {licRaw}', 'la DEA del médico del sueño {licRaw}',
      ],
    },
    NPI: {
      en: [
        'audiologist npi {npiRaw} for the hearing aid claim', 'sleep physician NPI {npiRaw}', 'the appeal needs the ordering npi {npiRaw}', 'fertility RE npi {npiRaw}',
        'speech therapy group npi {npiRaw}',
      ],
      es: ['el npi de la audióloga {npiRaw}', 'NPI del médico del sueño {npiRaw}', 'la apelación pide el npi del que ordenó {npiRaw}', 'npi de la terapeuta de lenguaje {npiRaw}'],
    },
    VEHICLE_ID: {
      en: [
        'parking permit is for {vehicleRaw}', "the tag on my car is {vehicleRaw}, i'll be in the chemo lot all day", 'my car {vehicleRaw} got a ticket in the infusion center lot',
        'valet has my keys, {vehicleRaw}', 'blood mobile is parked behind {vehicleRaw}', 'occ health DOT: truck {vehicleRaw}', 'visitor garage - silver civic {vehicleRaw}',
      ],
      es: [
        'el permiso de estacionamiento es para {vehicleRaw}', 'a mi carro {vehicleRaw} le pusieron multa en el estacionamiento de quimio', 'el valet tiene mis llaves, {vehicleRaw}',
        'estacionamiento de visitas - carro gris {vehicleRaw}', 'el camión de la empresa {vehicleRaw}, examen médico del transporte',
      ],
    },
    DEVICE_ID: {
      en: [
        'hearing aid serial {deviceRaw} (right ear)', 'CPAP serial {deviceRaw}, the humidifier leaks', 'infusion pump sn {deviceRaw} keeps beeping at home',
        'the home sleep test device {deviceRaw} goes back monday?', 'sound processor {deviceRaw} for the cochlear implant', 'scale from the bariatric program {deviceRaw} stopped syncing',
        'dermatoscope attachment {deviceRaw} isnt pairing with my phone',
      ],
      es: [
        'serie del aparato auditivo {deviceRaw} (oído derecho)', 'serie del CPAP {deviceRaw}, el humidificador gotea', 'la bomba de quimio {deviceRaw} pita en la casa',
        'el equipo del estudio del sueño en casa {deviceRaw}', 'la báscula del programa bariátrico {deviceRaw} no sincroniza',
      ],
    },
    CREDIT_CARD: {
      en: [
        'first installment of the payment plan on {cardRaw}', 'IVF deposit, charge {cardRaw}', 'hearing aid balance on {cardRaw}', 'COBRA premium autopay card {cardRaw}',
        'travel vaccines arent covered so use {cardRaw}', 'parking garage charged {cardRaw} twice', 'disputing the charge on {cardRaw}, i never had that visit',
      ],
      es: [
        'primer pago del plan en {cardRaw}', 'el anticipo de la FIV con {cardRaw}', 'el saldo de los aparatos auditivos a {cardRaw}', 'la prima de COBRA cárguenla a {cardRaw}',
        'las vacunas de viaje no las cubre, con {cardRaw}', 'el estacionamiento me cobró dos veces en {cardRaw}',
      ],
    },
    IBAN: {
      en: [
        'im in europe for the transplant follow up, pay from {ibanRaw}', 'refund the travel clinic overcharge to {ibanRaw}', 'the IVF clinic abroad wants the refund to {ibanRaw}',
        'my german insurer pays into {ibanRaw}', 'payment plan from my uk account {ibanRaw}',
      ],
      es: [
        'estoy en España por el seguimiento del trasplante, pago desde {ibanRaw}', 'el reembolso de las vacunas de viaje a {ibanRaw}', 'la clínica de fertilidad pide el reembolso a {ibanRaw}',
        'el plan de pagos desde mi cuenta europea {ibanRaw}', 'devuélvanme el depósito del aparato a {ibanRaw}',
      ],
    },
  },
  idFrames: {
    en: [
      'appeals asked me for {X}', 'for the payment plan: {X}', 'fertility intake wants {X}', 'occ health needs {X} before the drug screen', 'sleep lab check-in sheet: {X}',
      'FMLA packet line 7 - {X}', 'patient advocate asked for {X} to open the complaint', '{X} (copied off the letter)', 'COBRA admin: {X}', 'AGAIN: {X}',
      'not sure if u need it but {X}', 'visitor desk made me give {X}??', 'donor registry wants {X}, is that safe?', 'infusion scheduling asked {X}',
    ],
    es: [
      'los de apelaciones me pidieron {X}', 'para el plan de pagos: {X}', 'en fertilidad piden {X}', 'salud ocupacional pide {X} antes del antidoping', 'hoja de registro del estudio del sueño: {X}',
      'formulario FMLA renglón 7 - {X}', 'el defensor del paciente pidió {X} para la queja', '{X} (lo copié de la carta)', 'OTRA VEZ: {X}', 'no sé si lo ocupan pero {X}',
      'en visitas me pidieron {X}??', 'el registro de donantes pide {X}, es seguro?', 'programación de infusiones pidió {X}',
    ],
  },
  mixed: {
    en: [
      'IVF consent: {name} and partner {name}, {dob}, {plan}', 'derm upload for {name} {mrn}, photos at {url}', 'sleep study {date} for {name}, call {phoneRaw}, {plan}',
      'hearing aids for {relative} ({ageRaw}), ship to {address}', 'chemo schedule: {first}, {date} and {date}, chair TBD, {email}',
      'transplant eval {name} {dobRaw} {mrn} referred by {provider} {npi}', 'well child {name} dob {dobRaw}, mom {first} {phoneRaw}',
      'occ health: {name}, {ssn}, {lic}, employer fax {faxRaw}', 'parking permit: {name}, {vehicle}, {phoneRaw}', 'appeal for {name}, {plan}, denial dated {date}, mail to {address}',
      'COBRA: {name}, {ssn}, pay with {card}', 'FMLA for {name} starting {date}, HR fax {faxRaw}, {email}', 'billing dispute {acct} - {name} - {phoneRaw}',
      '{first}\n{email}\n{phoneRaw}', 'cpap {device} for {name}, {address}', 'refund {name} {ibanRaw} or {card}',
    ],
    es: [
      'consentimiento FIV: {name} y su pareja {name}, {dob}, {plan}', 'fotos de dermatología de {name} {mrn} en {url}', 'estudio del sueño el {date} para {name}, cel {phoneRaw}',
      'aparatos para {relative} ({ageRaw}), envío a {address}', 'quimio de {first}: {date} y {date}, correo {email}',
      'evaluación de trasplante {name} {dobRaw} {mrn} enviado por {provider} {npi}', 'niño sano {name} nac. {dobRaw}, mamá {first} {phoneRaw}',
      'salud ocupacional: {name}, {ssn}, {lic}, fax de la empresa {faxRaw}', 'permiso de estacionamiento: {name}, {vehicle}', 'apelación de {name}, {plan}, negada el {date}, enviar a {address}',
      'COBRA: {name}, {ssn}, pago con {card}', 'disputa {acct} - {name} - {phoneRaw}', '{first}\n{email}\n{phoneRaw}', 'hola, soy {name}, the cpap {device} no sirve, vivo en {address}',
    ],
  },
  negatives: {
    en: [
      ['word', 'will the sleep study be covered if i fail the home test'], ['word', 'i hope the biopsy photos are clear enough'], ['word', 'by the grace of god the new kidney is working'],
      ['word', 'keeping the faith, round 4 of chemo tomorrow'], ['word', 'pure joy seeing the heartbeat on the ultrasound 😭'], ['word', 'egg retrieval at dawn, no food after midnight right?'],
      ['word', 'summer camp wants the well child form signed'], ['word', 'there is a new mark where they froze the wart'], ['word', 'itemized bill please, not the summary'],
      ['word', 'someone tried to rob my car in the visitor garage'], ['word', 'can i jack up the foot of the bed after the bunion surgery'], ['word', 'the rash rose up in welts after the new soap'],
      ['word', 'poison ivy or a reaction to the bandage?'], ['word', 'the spot looks ruby red since the biopsy'], ['word', 'sunny side up eggs ok before the fasting labs?'],
      ['word', 'is this a major surgery or outpatient'], ['word', 'frank blood on the dressing after the nail procedure, normal?'], ['word', 'will do, thanks'],
      ['word', 'hope ur having a good day, question about my appeal'], ['word', 'pls mark my file no phone calls, texts only'], ['word', 'can you bill me later for the hearing aid fitting'],
      ['word', 'gene therapy trial, any openings'], ['word', 'art therapy during chemo is the best part of my week'], ['word', 'do i need to don a mask in the transplant clinic'],
      ['word', 'lance the blister on my heel or leave it?'], ['word', 'iron rich foods after donating blood?'], ['word', 'page the fertility nurse please its urgent'],
      ['word', 'nicked a mole shaving, bleeding a lot'], ['word', 'kidney stone or muscle pain?'], ['word', 'drove 40 miles for the sleep study and they cancelled'],
      ['word', 'sterling silver earrings ok after the allergy patch test?'], ['word', 'what is the price of a replacement charger'], ['word', 'long story short the appeal got denied'],
      ['word', 'white coat syndrome is real lol'], ['word', 'CAN I SIGN UP FOR THE BLOOD DRIVE'], ['word', 'how do i sign up for a payment plan'],
      ['word', 'the doctor said the hearing loss is permanent'], ['word', 'my mom needs a ride to chemo, any volunteer drivers?'], ['word', 'my dad is on the transplant list and very anxious'],
      ['word', 'who do i talk to about a billing mistake'], ['word', 'ok ty'], ['word', 'perfect, see you then'], ['word', 'nvm found it'],
      ['city', 'had a boston cream donut before the glucose test 🤦'], ['city', 'is a philly cheesesteak ok 2 weeks after the sleeve'], ['city', 'manhattan clam chowder on the post-op liquid diet?'],
      ['city', 'long island iced tea the night before the sleep study, bad idea?'], ['city', 'swiss cheese has holes, so does my memory after chemo lol'], ['city', 'brussels sprouts while on warfarin?'],
      ['city', 'french fries are off the menu after bariatric surgery i guess'], ['city', 'hawaiian shirt day at the infusion center was so fun'], ['city', 'new york strip or salmon after donating blood'],
      ['city', 'wore my hockey jersey to the audiology appt lol'],
      ['state', 'carolina reaper challenge and now my stomach hurts post sleeve'], ['state', 'is texas toast allowed on the bariatric diet'], ['state', 'georgia peaches or canned for the soft diet'],
      ['state', 'kentucky bluegrass allergy test came back positive'], ['state', 'are idaho potatoes ok after gastric bypass'], ['state', 'california roll while pregnant with an ivf baby?'],
      ['state', 'vermont maple syrup spikes my sugar'], ['state', 'we moved from {state}, does the transplant listing transfer'],
      ['month', 'may i bring my own headphones to the sleep lab'], ['month', 'you may feel sore at the injection site, says the sheet'], ['month', 'the nurses march us through check-in so fast'],
      ['month', 'an august panel of doctors reviewed my appeal lol'], ['month', 'i may need a payment plan'],
      ['weekday', 'black friday deals on hearing aids?'], ['weekday', 'cyber monday sale on cpap masks'], ['weekday', 'sunday best for the well child photos 📸'], ['weekday', 'is the blood bank open {weekday} evening'],
      ['drug', 'nikki vs ocella after the ivf cycle'], ['drug', 'switch me from junel to larissia please'], ['drug', 'hailey 24 fe is on backorder'], ['drug', 'jolessa or natazia, which has less spotting'],
      ['drug', 'zarah made my skin break out, derm says try gianvi'], ['drug', 'is syeda the same as ocella'], ['drug', 'lunesta vs sonata for the sleep study night'],
      ['drug', 'tulana or sharobel while breastfeeding'], ['drug', 'jasmiel or kalliga, which is cheaper'],
      ['cpt', '95810 vs 95811 on my sleep study bill, whats the difference'], ['cpt', '92557 audiometry billed twice'], ['cpt', 'is 43775 the sleeve code'],
      ['cpt', '96413 chemo admin plus 96415 each additional hour'], ['cpt', '58970 egg retrieval not covered, 89280 either'], ['cpt', '99392 well child 1-4 yrs, why was i charged'],
      ['cpt', '80305 drug screen billed to me instead of my employer'], ['cpt', '11721 nail debridement, how often is it covered'], ['cpt', '92507 speech therapy 2x weekly'], ['cpt', '{cpt} on the EOB?'],
      ['icd', 'G47.33 OSA on my referral'], ['icd', 'H90.3 bilateral hearing loss, does it qualify for aids'], ['icd', 'E66.01 and Z68.41 for the bariatric approval'],
      ['icd', 'N97.9 infertility dx and my plan excludes it'], ['icd', 'L70.0 acne, do they need the photos for prior auth?'], ['icd', 'Z94.0 kidney transplant status on every claim'],
      ['icd', 'Z00.129 well child without abnormal findings'], ['icd', 'L60.0 ingrown nail'], ['icd', 'F80.0 articulation disorder for speech'], ['icd', '{icd} on my disability claim form'],
      ['ndc', 'specialty pharmacy shipped {ndc} for the ivf meds'], ['hcpcs', 'A7030 full face mask and A7035 headgear, every 3 months?'], ['hcpcs', 'V5261 hearing aid code not covered'],
      ['hcpcs', 'J9271 keytruda line item is huge'], ['hcpcs', 'J1100 dexamethasone on the infusion bill'], ['tooth', 'pre-transplant dental clearance, tooth #19 needs a crown first'],
      ['room', 'infusion chair 7 has the best view'], ['room', 'sleep lab room 4 has a noisy vent'], ['room', 'sound booth 2 was freezing'], ['room', 'parking garage level P3 spot 114, remember that lol'],
      ['room', 'transplant floor 9, bed 22B'], ['room', 'blood bank donation bay 6'], ['room', 'well child rooms are on floor 2'], ['room', 'check in at window 3 for the drug screen'],
      ['price', '$75 a month for 18 months, is that the payment plan'], ['price', 'the balance is $4,210.33 after the appeal'], ['price', '12 payments of $150 or 6 of $300?'],
      ['price', 'hearing aids are $5,800 a pair??'], ['price', 'IVF cycle quote {price}'], ['price', 'parking is $12 a day or $45 a week'], ['price', 'COBRA premium {price} a month is insane'],
      ['dose', 'gonal-f 225 IU nightly then?'], ['dose', 'menopur 75 IU, 2 vials'], ['dose', 'ondansetron 8 mg before chemo'], ['dose', 'tacrolimus 2 mg twice a day'],
      ['dose', 'b12 1000 mcg after the sleeve'], ['dose', 'melatonin {dose} before the sleep study ok?'], ['dose', 'typhoid vaccine is 4 capsules every other day'], ['dose', 'prednisone {dose} taper'],
      ['lab', 'AMH 1.2 and FSH 9.8, good or bad?'], ['lab', 'estradiol 2,400 on day 9 of stims'], ['lab', 'tac level 8.4, in range?'], ['lab', 'ANC 900, is chemo still on'],
      ['lab', 'platelets 85 and WBC 2.1'], ['lab', 'ferritin 12 so they deferred me from donating'], ['lab', 'hemoglobin 12.4, whats the minimum to donate'], ['lab', '{lab} before the transplant eval'],
      ['vitals', 'BMI 41.2 pre-op, need 40 for approval?'], ['vitals', 'AHI 32, is that severe'], ['vitals', 'o2 nadir 78% during the sleep study'], ['vitals', 'ESS score 16'],
      ['vitals', '40 dB loss at 4000 Hz left ear'], ['vitals', 'word recognition 88% right, 72% left'], ['vitals', 'lesion measured 6 mm'], ['vitals', 'pressure set at 9 cm H2O, too high?'],
      ['bp', '{bp} at the occ health physical'],
      ['time', 'check in 0630 for the sleep study?'], ['time', 'lights out at 10:15 pm at the sleep lab'], ['time', 'infusion runs from {time} to {time}'],
      ['time', 'the blood bank closes at {time} on weekdays'], ['time', 'visitor hours end at 8:30pm'],
      ['duration', '6 weeks post op, still on purees'], ['duration', '{duration} since the transplant and feeling great'], ['fy', 'FY2026 deductible resets when?'],
      ['week', 'week 32 of the weight loss program'], ['week', 'wk 3 of 12 speech sessions'], ['week', 'cycle day 3 labs done'], ['week', 'day 5 embryos, 2 made it'], ['fy', 'Q3 billing statement is wrong'],
      ['year', 'last hearing test was {year}'], ['year', 'blood donor since {year}'], ['year', 'had the cpap since {year}'],
      ['agelow', 'can a {agelow} year old do a sleep study'], ['agelow', 'my son is {agelow}, when is his next well check'], ['agelow', 'im {agelow} and my plan says too old for ivf coverage'],
      ['agelow', '16 with parental consent can donate blood?'],
      ['version', 'hearing aid app {version} drops bluetooth'], ['version', 'cpap app {version} wont show my data'], ['planname', 'does {planname} cover bariatric surgery'],
      ['ratio', 'IVF cost split {ratio} with the employer benefit?'], ['count', '{count} steps a day after the sleeve'], ['count', '3 vials drawn for the transplant labs'],
      ['count', 'donated {count} times!'], ['count', '2 embryos frozen'],
      ['order', 'my cpap supplies {order} never shipped'], ['ticket', 'complaint {ticket} marked resolved but it isnt'], ['tracking', 'hearing aid batteries {tracking} stuck in transit'],
      ['invoice', '{invoice} for the sleep study, already paid'], ['confirmation', 'travel clinic appt {confirmation}'],
    ],
    es: [
      ['word', 'tengo dolores menstruales desde la transferencia'], ['word', 'me pusieron fototerapia con luz azul para la piel'], ['word', 'déjenme en paz con las llamadas de cobranza'],
      ['word', 'el ejercicio es el pilar de la recuperación después de la manga'], ['word', 'el rocío de la mañana me da alergia'], ['word', 'la ley nos da amparo para la licencia FMLA?'],
      ['word', 'el único consuelo es que el seguro pagó la mitad'], ['word', 'la soledad le pega mucho a mi papá desde el trasplante'], ['word', 'los del trasplante hacen milagros, gracias'],
      ['word', 'dolor severo en el talón al levantarme'], ['word', 'el lunar salió benigno, qué alivio'], ['word', 'necesito la constancia de incapacidad'],
      ['word', 'máximo cuántas veces al año puedo donar'], ['word', 'para ser franco, el plan de pagos no me alcanza'], ['word', 'pan dulce antes del estudio de glucosa, error?'],
      ['word', 'bloqueador para el sol después del láser?'], ['word', 'el cielo de la boca me arde con la quimio'], ['word', 'tengo el alma en un hilo esperando el riñón'],
      ['word', 'la perla de vitamina D se toma con comida?'], ['word', 'justo hoy me llegó la factura'], ['word', 'un precio modesto por los aparatos? ja'],
      ['word', 'le dieron una estrella por portarse bien en la vacuna'], ['word', 'una paloma hizo nido en el estacionamiento jaja'], ['word', 'cómo me inscribo al registro de donantes'],
      ['word', 'el doctor dijo que la pérdida auditiva es permanente'], ['word', 'mi mamá necesita quién la lleve a la quimio'], ['word', 'con quién hablo por un error en la factura'],
      ['word', 'listo, gracias'], ['word', 'va, nos vemos'], ['word', 'ya lo encontré, perdón'],
      ['state', 'comí queso oaxaca antes del estudio, afecta?'], ['state', 'la salsa tabasco me irrita el estómago desde la manga'], ['state', 'mi perro chihuahua me mordió, necesito antitetánica?'],
      ['state', 'mole poblano después de la bariátrica?'], ['state', 'la voz se oye muy sonora con el aparato nuevo'], ['state', 'vivíamos en {state}, se pasa la lista de trasplante?'],
      ['city', 'jamón serrano en el embarazo por FIV?'], ['city', 'queso manchego permitido en la dieta?'], ['city', 'naranjas valencia con el tacrolimus?'], ['city', 'vino de jerez la noche antes, afecta el antidoping?'],
      ['weekday', 'en el buen fin hay descuento en aparatos auditivos?'], ['weekday', 'el viernes negro bajan los cpap?'], ['weekday', 'los sábados abre el banco de sangre?'],
      ['weekday', 'abren el {weekday} la clínica del viajero?'],
      ['drug', 'nikki u ocella después de la FIV?'], ['drug', 'cámbienme de junel a larissia'], ['drug', 'la hailey 24 fe no hay en la farmacia'], ['drug', 'lunesta o sonata para la noche del estudio'],
      ['cpt', 'me cobraron 95810 y 95811, cuál es cuál'], ['cpt', 'el 92557 de la audiometría salió dos veces'], ['cpt', 'el 96413 de la quimio no lo cubren'], ['cpt', '{cpt} en la explicación de beneficios?'],
      ['icd', 'G47.33 en la referencia'], ['icd', 'H90.3 cuenta para los aparatos?'], ['icd', 'E66.01 y Z68.41 pa la aprobación de la manga'], ['icd', 'Z94.0 en todos los reclamos'],
      ['icd', '{icd} en la forma de la aseguradora por discapacidad'], ['ndc', 'la farmacia especializada mandó {ndc}'], ['hcpcs', 'V5261 no lo cubren'],
      ['room', 'el sillón 7 de infusión tiene la mejor vista'], ['room', 'el cuarto 4 del laboratorio del sueño hace ruido'], ['room', 'estacionamiento nivel P3 lugar 114'],
      ['room', 'piso 9, cama 22B'], ['room', 'ventanilla 3 para el antidoping'],
      ['price', '$1,500 pesos al mes por 12 meses, ese es el plan?'], ['price', 'los aparatos cuestan {price} el par'], ['price', 'la FIV sale en {price}'], ['price', 'la prima del COBRA {price} al mes'],
      ['dose', 'gonal-f 225 UI en la noche'], ['dose', 'ondansetrón 8 mg antes de la quimio'], ['dose', 'tacrolimus 2 mg cada 12 horas'], ['dose', 'vitamina b12 1000 mcg después de la manga'],
      ['dose', 'melatonina {dose} antes del estudio?'],
      ['lab', 'AMH 1.2 y FSH 9.8, está bien?'], ['lab', 'nivel de tacrolimus 8.4'], ['lab', 'neutrófilos 900, sí hay quimio?'], ['lab', 'ferritina 12, me rechazaron para donar'],
      ['lab', '{lab} antes de la evaluación de trasplante'],
      ['vitals', 'IMC 41.2 antes de la cirugía'], ['vitals', 'IAH 32 en el estudio del sueño'], ['vitals', 'saturación mínima 78% en la noche'], ['vitals', 'pérdida de 40 dB en 4000 Hz'],
      ['vitals', 'presión del cpap en 9, está alta?'], ['bp', '{bp} en el examen de salud ocupacional'],
      ['time', 'la infusión va de {time} a {time}'], ['time', 'el banco de sangre cierra a las {time}'], ['time', 'la visita termina a las 20:30'],
      ['duration', 'llevo {duration} con el cpap'], ['week', 'semana 32 del programa de peso'], ['week', 'día 3 del ciclo, ya me hice los análisis'], ['week', 'embriones de día 5, llegaron 2'],
      ['fy', 'el deducible del año fiscal 2026'], ['year', 'la última audiometría fue en {year}'], ['year', 'dono sangre desde {year}'],
      ['agelow', 'mi hijo tiene {agelow} años, cuándo le toca el control'], ['agelow', 'con {agelow} años ya no cubren la FIV?'], ['version', 'la app del aparato {version} pierde el bluetooth'],
      ['planname', 'el {planname} cubre la bariátrica?'], ['count', 'he donado {count} veces!'], ['count', '3 tubos de sangre para los estudios'],
      ['order', 'el {order} de los insumos del cpap no llega'], ['ticket', 'la queja {ticket} la cerraron sin resolver'], ['tracking', 'las pilas {tracking} no llegan'],
      ['invoice', 'la {invoice} del estudio del sueño ya la pagué'], ['confirmation', 'cita en la clínica del viajero {confirmation}'],
    ],
  },
  tails: {
    en: [' (cpap supplies {order})', ', the sleep study alone was {price}', ' - on {dose} now', ', last {lab}', ' and they billed {cpt}', ' - been {duration} like this', ', they put {icd}', ' after {time} works best', ' (AHI 32 btw)', ' (infusion chair 7)'],
    es: [' (insumos {order})', ', nomás el estudio fue {price}', ' - ahora con {dose}', ', último {lab}', ' y cobraron {cpt}', ' hace {duration} que sigo así', ' mejor después de las {time}', ' (IAH 32 por cierto)', ' (sillón 7 de infusión)'],
  },
  greetings: {
    en: ['Morning team, ', 'hiya ', 'Hello there! ', 'yo ', 'Good afternoon, ', 'hi again, ', 'To whom it may concern: '],
    es: ['Qué onda, ', 'Buenas buenas ', 'Muy buenas tardes, ', 'Hola de nuevo, ', 'Saludos! ', 'Buen día a todos, ', 'A quien corresponda: '],
  },
};
