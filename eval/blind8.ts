/**
 * A ninth, independent set of phrasings for the generator ("blind8"), written blind on 2026-11-28
 * (just after midnight) for the final blind measurement of the session: its author read eval/
 * (generator, values, score, run, holdout, blind2 … blind7), DESIGN.md §4 and the first lines of
 * docs/evaluation.md, but nothing under src/, test/, bench/ or scripts/, no git history of the
 * engine, and the engine was not run on it (only redact-pii, to check that it loads and generates).
 * It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind7.ts: new situations
 * (mental-health crisis line follow-up, eating-disorder clinic, wound care, ostomy supplies, diabetes
 * educator, insulin pump trainer, cardiac rehab, pulmonary function tests, colonoscopy prep,
 * mammography recall, prenatal genetic counselling, NICU parents, school-based clinic, jail and prison
 * health, homeless shelter clinic, migrant farmworker clinic, rural telepharmacy, long-term-care
 * admissions, hospice bereavement, non-emergency medical transport rides, durable power of attorney
 * paperwork, research biobank consent, vaccine exemption forms), new cue words for ids ("rider id" and
 * "NEMT member" as health plan ids, "CHIP id", "emergency medicaid", "pump serial", "transmitter",
 * "wound vac", "loaner holter", "apnea monitor", "biobank sample id", "inmate number", "booking
 * number", "shelter bed card", "caseload number", "admission number", "student id", "crisis line
 * record", "commissary account", "estate account", "A-number" / "número de extranjero" (alien
 * registration number, labelled LICENSE_NUMBER like a passport), "consular id", "matrícula consular",
 * "permiso de trabajo", "notary commission", "número de interno", "tarjeta de cama del albergue",
 * "matrícula escolar"), the same kind of words where they are NOT a patient id ("ride confirmation",
 * "trip #", "sensor lot", "insulin lot", "bed 42", "cell block C", "kiosk 3", "form 8263"), names in
 * every position and case (message start, after verbs, "c/o", "per", "w/", "FROM:", "RE:", lists,
 * parentheses, possessives, sign-offs on the next line, all-caps context), typos in cue words
 * ("pateint", "date of bitrh", "pacinete", "seguro socail"), ages over 89 after new cue words
 * ("pushing …", "nonagenarian", "age at admit", "… and starting cardiac rehab"), dates after new cue
 * words (weigh-in, booked into county, season started, pump start, recall letter dated, "b."),
 * addresses in new situations (rural routes and HC boxes, "no house number out here", lots without a
 * number, "sobre la carretera", shelters, camps, release addresses; the address values themselves
 * come from the generator's slots), phones and faxes with new cue words (ride dispatch, shelter front
 * desk, camp boss, jail medical line, DME fax, notary, school nurse fax), emails and urls inside
 * sentences, lower case, all caps, run-ons, Spanglish, several identifiers per message, ids without
 * the obvious keyword, and negatives that look like PHI (A1c 7.2, TIR 68%, basal 0.85 u/hr, carb
 * ratios 1:10, ISF 1:45, insulin units, FEV1 2.1 L, FVC, DLCO, METs, RPE, wound sizes 3x4 cm and
 * 2.5 x 1.8 x 0.4 cm, prep times and volumes, BI-RADS 0, bili, grams, weeks+days, BMI, kcal, ride
 * confirmation and trip numbers, sensor and insulin lot numbers, CPT 45378/45380/77067/77066/94010/
 * 94060/93798/97597/96040/81220/99468, HCPCS G0121/A4416/A4409/E0784/A9276, ICD Z12.11/R92.8/Z93.3/
 * E10.65/F50.01/L89.154/J44.1/Z80.3/Z28.1/Z59.01/Z65.1/Z63.4/T60.0X1A/R45.851, NDC codes, 988 and 911,
 * prices, times, counts, room/bed/cell numbers, drug brands that are also given names - portia,
 * daysee, delyla, kaitlib fe, rajani, bekyree, kimidess, jencycla, alyacen, kariva, juleber, lyza,
 * victoza, januvia - months and weekdays used as words "may", "march", taco tuesday, meatless monday,
 * throwback thursday, place names used as non-locations - lima beans, cayenne pepper, bermuda shorts,
 * dijon mustard, canadian bacon, concord grapes, vienna sausages, baked alaska, worcestershire sauce,
 * salisbury steak, waldorf salad, kalamata olives, oxford shirt, panama hat, greek yogurt, key lime
 * pie, queso cotija, tequila, agua de jamaica, mango manila, chile habanero, chile jalapeño, jamón de
 * york, agua de colonia, papas a la francesa, El Salvador as a country - and words that are names:
 * will, hope, grace, joy, faith, dawn, summer, mark, bill, rob, jack, rose, ivy, ruby, sunny, major,
 * frank, sandy, rusty, wade, dean, autumn, gene, rich, king, chance; dolores, luz, paz, pilar, rocío,
 * amparo, consuelo, soledad, milagros, esperanza, victoria, mercedes, rosario, guadalupe, sol, nieves,
 * celeste, azucena, reina).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND8_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'crisis line follow-up: {first} called back like you asked, doing a bit better tonight', 'can {provider} at the eating disorder program move my weigh-in, blind weights only pls',
        'wound nurse {first} measured it at 3x4 cm, is that smaller than last time?', '{name} needs more ostomy pouches, the 2 1/4 inch cut-to-fit ones',
        'the diabetes educator, {provider}, wants my logbook but the app wont export', 'is pump trainer {first} coming to the house or do we go to her office',
        'cardiac rehab: {name} missed sessions 11 and 12, he had the flu', 'the PFT tech {first} said skip my inhaler the morning of the test, right?',
        'question for {provider} about the colonoscopy prep - is red jello ok', 'callback pls: {name}, mammo recall, they saw something on the left side',
        'our genetic counselor {name} mentioned testing my cousins too, what does that cost', 'NICU parents {name} and {name} asking about kangaroo care tonight',
        'school clinic: {first} from 3rd period has a nosebleed again, can the nurse call home', 'inmate {name} needs his inhaler, pill line didnt have it this morning',
        'shelter case worker {first} drove me to the clinic van, she says hi', 'farmworker clinic - {name} got sprayed in the field, eyes burning since noon',
        'telepharmacy: the pharmacist on the screen, {name}, said wait 20 min for counseling', "long-term care admission for {relative}, what do we bring on move-in day",
        'bereavement group - thank you {first}, the card you sent about {name} meant a lot', 'the transport driver {first} never showed and i missed dialysis',
        'durable power of attorney: {name} is my agent, {name} is the alternate', 'biobank consent signed by {name}, witnessed by {first} from the research office',
        'vaccine exemption form for {name}, signed by {provider}', 'RE: {name} - the sensor keeps falling off in the shower', '{first}!! the new pump site worked, no more 300s overnight',
        'tell {first} the ostomy bag held all night 🙌', 'pls ask {provider} if {first} can skip the weigh-in this week', 'who is {name}? she signed my wound vac order',
        'WHERE IS {name}?? HER RIDE WAS SUPPOSED TO BE HERE AT 7', '{titled} in room 112 is asking for a chaplain, bereavement team pls',
        'FROM: {name}\nTO: cardiac rehab\nSUBJ: cant make thursday', 'thanks for getting me thru that prep lol\n- {first}', 'my caseworker ({name}) will call about the shelter bed',
        "{first}'s spirometry got cut short, she kept coughing", 'me, {first} and {relative} all need flu shots at the school clinic', 'send the supplies c/o {name} at the shelter, i dont have a box',
        'pateint {name} wants her crisis plan sent to her therapist', 'is {first} the pump trainer or the educator? i mix them up', "im texting for {relative}, he's in county and they wont give him his insulin",
        'per {first} at telepharmacy the refill is ready, w/ {first} covering the kiosk', 'genetic counseling for me and my husband {first}, are we both carriers?',
      ],
      es: [
        'seguimiento de la línea de crisis: {first} ya está más tranquila, gracias por llamar', 'la nutrióloga del programa de trastornos alimentarios, {provider}, me cambió el plan de comidas',
        'la enfermera de heridas {first} dice que la úlcera mide 3x4 cm', '{name} necesita más bolsas de colostomía, las de 57 mm', 'la educadora en diabetes {name} quiere ver mis glucosas de la semana',
        'el entrenador de la bomba, {first}, viene el jueves o vamos nosotros?', 'rehabilitación cardiaca: {name} faltó a la sesión 8 por gripa', 'a {name} le dio tos en la espirometría y no terminó',
        'pregunta para {provider} sobre la preparación de la colonoscopía, puedo tomar caldo?', 'me volvieron a llamar de mastografía, soy {name}', 'la asesora genética {name} dice que mi pareja se haga el panel también',
        'somos los papás de la bebé en la UCIN, {name} y {name}', 'en la clínica de la escuela atendieron a {first} de tercero B', 'el interno {name} no ha recibido su insulina en el penal',
        'la trabajadora del albergue, {first}, me trajo a consulta', 'al compa {name} le cayó pesticida en los ojos en el surco', 'la farmacéutica de la pantalla, {name}, dice que espere 20 minutos',
        'ingreso a la residencia para {relative}, qué llevamos el primer día?', 'grupo de duelo: gracias {first}, la tarjeta por lo de {name} nos llegó al alma', 'el chofer del transporte, {first}, no llegó y perdí la diálisis',
        'poder notarial: apoderada {name}, suplente {name}', 'consentimiento del biobanco firmado por {name}, testigo {first}', 'la exención de vacunas de {name}, firmada por {provider}',
        '{first}!! ya no se me despega el sensor 🙌', 'díganle a {first} que la bolsa aguantó toda la noche', 'ASUNTO: {name} - NO LLEGÓ EL TRANSPORTE', '{titled} del cuarto 112 pide al capellán',
        'gracias por aguantarme con la preparación\n{first}', 'mi trabajadora social ({name}) les va a llamar por la cama del albergue', 'pacinete {name} pide que manden su plan de crisis a su terapeuta',
        'hi, soy {first}, la del pump training, can we move it?', 'escribo por {relative}, está en el penal y no le dan su medicina', '{name} y {name}, los dos somos portadores?',
        'a nombre de quién dejo el kit, de {name} o de {first}?',
      ],
    },
    DATE: {
      en: [
        'crisis counselor said she would check in {date}, nobody called', 'weigh-in moved to {date}, blind weight again pls', 'wound measured {date}: 3x4 cm, today 2.5x3',
        'ostomy supplies ship {date}? down to 3 pouches', 'pump start date {date}, saline trial the week before?', 'cardiac rehab session 1 of 36 is {date}',
        'PFT on {date}, no albuterol 4-6 hours before right', 'colonoscopy {date}, clear liquids start the day before?', 'mammo recall letter dated {date}, when are the diagnostic views',
        'genetic counseling {date}, do we bring the family tree', 'baby born {dobRaw} at 31 weeks, NICU discharge maybe {date}', 'school clinic sports physical expires {date}',
        'booked into county {date}, his meds were never continued', 'shelter intake {date}, when do they read the TB test', 'season started {date}, been in the fields since, rash on both arms',
        'telepharmacy refill picked up from the kiosk {date}', 'long term care admission {date}, is the PASRR done', 'he passed {date}, the bereavement mailings can stop',
        'ride pickup {date} @ 7:30am, return trip will call', 'power of attorney signed {date} in front of the notary', 'biobank draw {date}, 2 tubes',
        'exemption form has to be in by {date}', '{dob}, calling about the prep kit', 'verify identity: {dob} (crisis line callback)', 'date of bitrh on the biobank form is wrong, its {dobRaw}',
        'in the hospital between {date} and {date}, can rehab restart after', 'b. {dobRaw} per the jail medical intake',
      ],
      es: [
        'la consejera de crisis dijo que me llamaba el {date} y nada', 'el pesaje quedó para el {date}, sin que yo vea el número porfa', 'la herida el {date} medía 3x4 cm, hoy 2.5x3',
        'las bolsas de ostomía llegan el {date}? me quedan 3', 'empezamos con la bomba el {date}, con prueba de solución salina antes?', 'la sesión 1 de 36 de rehabilitación cardiaca es el {date}',
        'la espirometría es el {date}, sin salbutamol 4-6 horas antes?', 'la colonoscopía es el {date}, líquidos claros desde el día anterior?', 'la carta de mastografía tiene fecha del {date}',
        'asesoría genética el {date}, llevamos el árbol familiar?', 'el bebé nació el {dobRaw} de 31 semanas, salida de la UCIN tal vez el {date}', 'lo ingresaron al penal el {date} y no le siguieron la medicina',
        'entré al albergue el {date}, cuándo me leen la prueba de TB?', 'empezó la temporada el {date} y desde entonces en el campo', 'recogí el surtido en el kiosco el {date}',
        'ingreso a la residencia el {date}', 'falleció el {date}, ya no manden las cartas de duelo', 'el traslado es el {date} a las 7:30', 'firmamos el poder ante el notario el {date}',
        'la toma de muestra del biobanco fue el {date}', 'la exención se entrega a más tardar el {date}', '{dob}, es por el kit de preparación', 'fecha de nacimeinto en la forma del biobanco mal, es {dobRaw}',
      ],
    },
    AGE_OVER_89: {
      en: [
        '{ageRaw} and starting cardiac rehab, is that crazy', 'nonagenarian here, {ageRaw} exactly, do i still need the mammogram', 'colonoscopy at {ageRaw}?? the GI really wants to do it',
        'LTC admission, resident is {ageRaw} and widowed', 'hospice pt, {ageRaw}, passed peacefully, how do we get the bereavement packet', 'grandpa ({ageRaw}) needs a wheelchair van for the ride',
        'power of attorney for my great aunt, she is {ageRaw} and sharp as a tack', 'biobank asked if {ageRaw} is too old to enroll', 'heel wound on a man who is {ageRaw}, slow to heal',
        'PFT for my grandma, {ageRaw}, copd, can she even do the effort part', 'age at admit {ageRaw}', 'PT IS {ageRaw} AND REFUSES THE OSTOMY NURSE', 'mom is pushing {ageRaw}, flu shot still?',
        'oldest one in the cardiac rehab class is {age90}',
      ],
      es: [
        'con {ageRaw} y empezando rehabilitación cardiaca, estoy loco?', 'colonoscopía a los {ageRaw}?? el gastro insiste', 'ingreso a la residencia, la señora tiene {ageRaw} y es viuda',
        'paciente de hospicio, {ageRaw}, falleció tranquilo, cómo pedimos el paquete de duelo', 'el abuelo ({ageRaw}) necesita camioneta con rampa', 'mi tía abuela tiene {ageRaw} y está bien lúcida para el poder',
        'el biobanco acepta gente de {ageRaw}?', 'herida en el talón de un señor de {ageRaw}, no cierra', 'espirometría a una señora de {ageRaw} con epoc, sí puede soplar?',
        'edad al ingreso {ageRaw}', 'TIENE {ageRaw} Y NO QUIERE A LA ENFERMERA DE OSTOMÍAS', 'la más grande del grupo de rehabilitación tiene {age90}',
      ],
    },
    ADDRESS: {
      en: [
        'mail goes to the rural route box now, send the pump supplies to {address}', 'ostomy supplies to {address}, leave at the side door', 'shelter mailing address: {address}',
        'transport pickup at {address}, dropoff at the wound clinic', 'im staying at my sisters in {city} until after the colonoscopy', 'the camp is outside {city}, van can get us at the packing shed',
        'does the mobile mammo bus stop in {city}?', 'release address on file is {address}', 'hospice sent the bereavement letter to {address}, pls update',
        'my agent under the POA lives at {address}', 'biobank kit return address {address}?', 'telepharmacy kiosk nearest {zipRaw}?', 'previous residence before the nursing home: {address}',
        'any cardiac rehab within 20 miles of {zipRaw}', 'no house number out here, the GPS takes the ride to {address}', 'is the NICU family housing still at {address}',
        'school based clinic at {address} open over break?', 'the HC box doesnt take packages, ship to {address} instead', 'we drive 2 hrs from {city} for the eating disorder program',
      ],
      es: [
        'el lote no tiene número, manden las bolsas a {address}', 'vivo sobre la carretera pero el correo llega a {address}', 'dirección del albergue para el correo: {address}',
        'recójanme en {address} para la cita de heridas', 'estamos en el campo cerca de {city}, el chofer no encuentra la ranchería', 'el camión de mastografía pasa por {city}?',
        'cuando salga del penal va a vivir en {address}', 'la carta de duelo llegó a {address}, ya no vivimos ahí', 'la apoderada vive en {address}', 'kiosco de telefarmacia cerca del {zipRaw}?',
        'hay rehabilitación cardiaca cerca de {city}?', 'la casa para papás de la UCIN sigue en {address}?', 'mándenme la forma de exención a {address}', 'domicilio antes de la residencia: {address}',
        'manden el kit del biobanco a {address}', 'manejamos 2 horas desde {city} para el programa de alimentación',
      ],
    },
    PHONE: {
      en: [
        'crisis follow-up team can call {phoneRaw}, ok to leave a voicemail', 'the pump trainer texts from {phoneRaw}, is that legit', 'ride dispatch {phoneRaw} hung up on me twice',
        'shelter front desk # is {phoneRaw}, ask for night staff', 'NICU: call dad first {phoneRaw}, then mom {phoneRaw}', 'jail medical line {phoneRaw} just rings and rings',
        'camp boss cell {phoneRaw}, we dont have phones in the field', 'telepharmacy kiosk help line? i have {phoneRaw} but its the old one', 'after the POA, call my son not me: {phoneRaw}',
        'bereavement coordinator can reach me at {phoneRaw} evenings', "chaplain's cell? mine is {phoneRaw} if she wants to call", 'endo office wants {phone}', '{phone} (for prep questions after hours)',
      ],
      es: [
        'el equipo de seguimiento de crisis me puede llamar al {phoneRaw}, pueden dejar mensaje', 'el entrenador de la bomba me escribe del {phoneRaw}, es de ustedes?', 'central de transporte {phoneRaw}, me colgaron dos veces',
        'el de recepción del albergue es {phoneRaw}, pregunten por el turno de noche', 'UCIN: primero al papá {phoneRaw}, luego a la mamá {phoneRaw}', 'el teléfono médico del penal {phoneRaw} nadie contesta',
        'el cel del mayordomo {phoneRaw}, en el surco no tenemos señal', 'después del poder, llamen a mi hijo, no a mí: {phoneRaw}', 'la coordinadora de duelo me localiza en el {phoneRaw} en las tardes',
        '{phone} para dudas de la preparación', 'mi numero cambio x el albergue, ahora {phoneRaw}',
      ],
    },
    FAX: {
      en: [
        'fax the durable POA copy to the bank, {faxRaw}', 'the nursing home wants the H&P faxed, {faxRaw}', 'exemption form to the school nurse fax {faxRaw}', 'ostomy supplier needs the order by fax: {faxRaw}',
        'pump rx to the DME fax {faxRaw}', 'jail infirmary only takes faxes, {faxRaw}', 'telepharmacy hub fax line {faxRaw}', '{fax} - genetic testing lab, attn requisitions',
      ],
      es: [
        'manden copia del poder al banco por fax, {faxRaw}', 'la residencia quiere la historia por fax al {faxRaw}', 'la exención al fax de la enfermera escolar {faxRaw}', 'el proveedor de bolsas pide la orden por fax: {faxRaw}',
        'la receta de la bomba al fax del proveedor {faxRaw}', 'la enfermería del penal solo recibe fax, {faxRaw}', '{fax}, laboratorio de genética, atención requisiciones',
      ],
    },
    EMAIL: {
      en: [
        'send the meal plan to {email}, not my parents email', 'biobank consent copy to {email}', 'exemption form pdf to {email} pls', 'pump downloads get emailed to {email} every week?',
        'NICU photo updates to {email} and grandma too', 'i emailed the POA from {email}, did it come thru', 'take me off the bereavement newsletter, {email}', 'colonoscopy prep instructions to {email} in spanish pls',
        'caseworker said write to {email} about the shelter bed',
      ],
      es: [
        'el plan de comidas a {email}, no al de mis papás', 'copia del consentimiento del biobanco a {email}', 'la forma de exención en pdf a {email}', 'las fotos de la UCIN a {email} y a la abuela',
        'mandé el poder desde {email}, les llegó?', 'quítenme del boletín de duelo, {email}', 'las instrucciones de la colonoscopía a {email} en español porfa',
      ],
    },
    URL: {
      en: [
        'pump upload site {url} says invalid serial', "memorial page for mom {url} if the bereavement group wants it", 'nicu fundraiser {url} 💕', 'is the exemption form at {url}?',
        'video link for telepharmacy {url} wont open on my phone', 'biobank results portal {url} says no data', 'can rides be booked at {url} or only by phone',
      ],
      es: [
        'la página para subir la bomba {url} dice serie inválida', 'la página en memoria de mi mamá {url}', 'la colecta para la UCIN {url}', 'la forma de exención está en {url}?',
        'el link de telefarmacia {url} no abre', 'se pueden pedir los traslados en {url}?',
      ],
    },
    IP_ADDRESS: {
      en: [
        'telepharmacy kiosk shows {ip} on the error screen', 'pump uploader blocked from {ip}', 'school clinic tablet {ip} cant reach the portal', 'unknown login to my crisis app from {ip}, not me',
        'cardiac rehab monitor gateway says {ip}', 'biobank portal locked me out, ip {ip}',
      ],
      es: [
        'el kiosco de telefarmacia marca {ip} en la pantalla de error', 'la app de la bomba bloqueada desde {ip}', 'la tableta de la clínica escolar {ip} no conecta', 'alguien entró a mi app desde {ip}, no fui yo',
        'el portal del biobanco me bloqueó, ip {ip}',
      ],
    },
    SSN: {
      en: [
        'POA form needs the principal ssn {ssnRaw}', 'long term care medicaid application, his social: {ssnRaw}', 'biobank consent wanted the last 4 but the box took all 9, {ssnRaw}',
        'shelter intake asked my social {ssnRaw}', 'release paperwork lists my ss# wrong, should be {ssnRaw}', 'farmworker clinic: no ssn, itin is {ssnRaw}', 'why does the exemption form need {ssnRaw}??',
        'death certificate worksheet - decedent social {ssnRaw}',
      ],
      es: [
        'la forma del poder pide el seguro socail del poderdante {ssnRaw}', 'solicitud de medicaid para la residencia, su social: {ssnRaw}', 'en el albergue me pidieron el social {ssnRaw}',
        'no tengo social, mi ITIN es {ssnRaw}', 'para qué quiere la exención {ssnRaw}??', 'acta de defunción - seguro social del fallecido {ssnRaw}',
      ],
    },
    MRN: {
      en: [
        'inmate number {mrnRaw}, housing unit B', 'booking number {mrnRaw} from the county jail', 'shelter bed card {mrnRaw}', 'caseload number {mrnRaw}, ask for my caseworker',
        'biobank sample id {mrnRaw} is me, can i withdraw', "the NICU baby's band says {mrnRaw}", 'student id {mrnRaw} for the school clinic visit', 'LTC admission number {mrnRaw}',
        'crisis line record {mrnRaw}', 'farmworker health card {mrnRaw}', 'wound clinic pt # {mrnRaw}',
      ],
      es: [
        'número de interno {mrnRaw}', 'tarjeta de cama del albergue {mrnRaw}', 'número de caso con mi trabajadora social {mrnRaw}', 'la muestra del biobanco {mrnRaw} es mía, me quiero salir',
        'la pulsera de mi bebé en la UCIN dice {mrnRaw}', 'matrícula escolar {mrnRaw} para la clínica de la escuela', 'credencial de la clínica del campo {mrnRaw}', 'número de ingreso a la residencia {mrnRaw}',
        'registro de la línea de crisis {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'rider id {planRaw} for the dialysis rides', 'NEMT member {planRaw}', 'ostomy supplies billed under {planRaw}', 'CHIP id {planRaw} for the school clinic', 'emergency medicaid {planRaw} (farmworker)',
        'hospice benefit under {planRaw}', 'part d id {planRaw}, telepharmacy says not found', 'is the CGM covered on {planRaw}', 'genetic testing lab wants the number from the front of the card: {planRaw}',
        'screening colonoscopy should be $0 on {planRaw}', 'mammo recall got billed to {planRaw} as diagnostic', 'after release my medicaid got reinstated: {planRaw}', 'his secondary for the nursing home is {planRaw}',
      ],
      es: [
        'id de pasajero {planRaw} para los traslados a diálisis', 'las bolsas de ostomía se facturan a {planRaw}', 'CHIP {planRaw} para la clínica de la escuela', 'medicaid de emergencia {planRaw}',
        'el beneficio de hospicio va por {planRaw}', 'la parte D {planRaw}, en telefarmacia no lo encuentran', 'cubre el sensor mi seguro {planRaw}?', 'la colonoscopía de tamizaje debe salir en $0 con {planRaw}',
        'al salir del penal me reactivaron el medicaid: {planRaw}', 'el seguro secundario para la residencia es {planRaw}',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'commissary account {acctRaw}, can the copay come out of that', 'the estate account for moms final bills is {acctRaw}', 'as agent i manage his checking {acctRaw}', 'private pay account at the nursing home {acctRaw}',
        'telepharmacy charge account {acctRaw}', 'was the financial aid applied to acct {acctRaw}?', 'rides got billed to account {acctRaw} by mistake', 'biobank stipend direct deposit to {acctRaw}',
      ],
      es: [
        'cuenta de comisaría {acctRaw}, de ahí sale el copago?', 'la cuenta de la sucesión para las últimas facturas de mi mamá es {acctRaw}', 'como apoderada manejo su cuenta {acctRaw}',
        'cuenta de pago privado en la residencia {acctRaw}', 'le aplicaron la ayuda financiera a la cuenta {acctRaw}?', 'depósito del estímulo del biobanco a {acctRaw}',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'A-number {licRaw} (alien registration) for the clinic form', 'consular id {licRaw} is all the id i have', 'state id card {licRaw} from when i was at the shelter', 'pharmacist license {licRaw} is on the telepharmacy label',
        'notary commission {licRaw} on the power of attorney', 'work permit card number {licRaw}', 'the transport driver showed me his license, {licRaw}', 'genetic counselor license {licRaw} for the superbill',
      ],
      es: [
        'número de extranjero {licRaw}', 'matrícula consular {licRaw}', 'permiso de trabajo {licRaw}', 'licencia del farmacéutico {licRaw} en la etiqueta', 'el notario puso su número {licRaw} en el poder',
        'pasaporte hondureño {licRaw}, no tengo otra identificación',
      ],
    },
    NPI: {
      en: ['endocrinologist npi {npiRaw} for the pump paperwork', 'genetic counselor NPI {npiRaw}', 'hospice medical director npi {npiRaw}', 'wound care md npi {npiRaw} for the vac order', 'ostomy supplier npi {npiRaw}'],
      es: ['npi del endocrinólogo {npiRaw} para lo de la bomba', 'NPI de la asesora genética {npiRaw}', 'npi del director médico del hospicio {npiRaw}', 'npi del médico de heridas {npiRaw}'],
    },
    VEHICLE_ID: {
      en: [
        'the wheelchair van plate is {vehicleRaw}, driver never came in', 'ride app said a gray minivan {vehicleRaw}', 'i sleep in my car in the shelter lot, {vehicleRaw}, pls dont tow',
        'farm bus {vehicleRaw} brings us to the clinic on sundays', 'sheriff transport van {vehicleRaw} dropped him at the ER', "dad's truck {vehicleRaw} is in the hospice lot overnight",
        'mobile mammo coach {vehicleRaw} parked at the church',
      ],
      es: [
        'la camioneta con rampa es la {vehicleRaw} y el chofer no bajó', 'la app de traslados dice minivan gris {vehicleRaw}', 'duermo en mi carro en el estacionamiento del albergue, {vehicleRaw}',
        'el camión del rancho {vehicleRaw} nos trae a la clínica', 'la troca de mi papá {vehicleRaw} se queda en el estacionamiento del hospicio',
      ],
    },
    DEVICE_ID: {
      en: [
        'pump serial {deviceRaw}, cartridge error again', 'cgm transmitter {deviceRaw} died early', 'wound vac {deviceRaw} keeps alarming about a leak', 'loaner holter from cardiac rehab {deviceRaw}',
        "baby's apnea monitor from the NICU {deviceRaw}", 'handheld spirometer {deviceRaw} for the home readings', 'telepharmacy tablet {deviceRaw} froze',
      ],
      es: [
        'serie de la bomba {deviceRaw}, error de cartucho', 'transmisor del sensor {deviceRaw} se murió antes', 'la aspiradora de la herida {deviceRaw} suena por fuga',
        'el monitor de apnea de la bebé {deviceRaw}', 'el holter prestado de rehabilitación {deviceRaw}',
      ],
    },
    CREDIT_CARD: {
      en: [
        'charge the prep kit to {cardRaw}', 'put $50 on his commissary from {cardRaw}', 'cancel the autopay on {cardRaw}, he passed', 'ostomy supplies not covered, use {cardRaw}',
        'the ride company charged {cardRaw} for a no-show, i was there', 'genetic test deposit on {cardRaw}', 'pump supplies copay {cardRaw} exp next year',
      ],
      es: [
        'cóbrenme el kit de preparación a {cardRaw}', 'pónganle $500 pesos a la comisaría con {cardRaw}', 'cancelen el cargo automático a {cardRaw}, ya falleció',
        'las bolsas no las cubre, con {cardRaw}', 'el transporte me cobró en {cardRaw} y sí estaba', 'el anticipo del estudio genético con {cardRaw}',
      ],
    },
    IBAN: {
      en: [
        'biobank travel reimbursement to {ibanRaw}', 'i work the season here but my bank is in spain, {ibanRaw}', 'refund the exemption fee to {ibanRaw}', "moms estate abroad: {ibanRaw}", 'pump refund to my account {ibanRaw}',
      ],
      es: [
        'el reembolso del viaje del biobanco a {ibanRaw}', 'trabajo la temporada aquí pero mi banco es de España, {ibanRaw}', 'devuelvan la cuota de la exención a {ibanRaw}',
        'la herencia de mi mamá está en {ibanRaw}', 'el reembolso de la bomba a mi cuenta {ibanRaw}',
      ],
    },
  },
  idFrames: {
    en: [
      'transport dispatch asked for {X}', 'the shelter intake sheet has a box for {X}', 'crisis follow-up team wanted {X}', 'pump company on the phone: {X}', 'jail medical request form, line 3 - {X}',
      'nursing home admissions packet: {X}', 'for the notary, {X}', 'biobank coordinator needs {X} to find my sample', 'exemption office wants {X}', '{X} <- thats the one on my card',
      'typed it off the paper, {X}', 'telepharmacy tech asked {X} over the speaker lol', 'PRIVATE: {X}', 'u there? {X}',
    ],
    es: [
      'la central de traslados me pidió {X}', 'la hoja de ingreso del albergue tiene un espacio para {X}', 'los de seguimiento de crisis querían {X}', 'la compañía de la bomba por teléfono: {X}',
      'solicitud médica del penal, renglón 3 - {X}', 'paquete de ingreso a la residencia: {X}', 'para el notario, {X}', 'la coordinadora del biobanco necesita {X} para hallar mi muestra',
      'la oficina de exenciones quiere {X}', '{X} <- ese es el de mi tarjeta', 'lo copié del papel, {X}', 'PRIVADO: {X}', 'sigue ahí? {X}',
    ],
  },
  mixed: {
    en: [
      'crisis line callback: {name}, {dob}, {phoneRaw}, ok to text', 'ED program intake {name} {dobRaw}, parent {relative}, {plan}', 'wound clinic: {name} {mrn}, next dressing change {date} at {address}',
      'ostomy order for {name}, {plan}, ship to {address}, supplier npi {npiRaw}', 'pump start: {name}, pump serial {deviceRaw}, trainer {first}, {email}',
      'cardiac rehab referral {name} {dobRaw} from {provider} {npi}, fax back {faxRaw}', 'colonoscopy {date}: {name}, ride home {phoneRaw}, driver is {first}',
      'NICU: baby of {name}, born {dobRaw}, band {mrnRaw}, dad {phoneRaw}', 'inmate {name}, booking number {mrnRaw}, {dob}, release to {address}', 'shelter clinic: {name}, no phone, email {email}, social {ssnRaw}',
      'farmworker {name}, matrícula consular {licRaw}, camp near {city}, boss {phoneRaw}', 'LTC admit {name} ({ageRaw}), agent {name}, {plan}, private pay acct {acctRaw}',
      'durable POA: principal {name}, {ssn}, agent {name}, {phoneRaw}', 'biobank: {name}, sample id {mrnRaw}, consented {date}, stipend to {acctRaw}', 'exemption: {name}, {dob}, school in {city}, parent email {email}',
      'ride for {name} from {address}, van {vehicleRaw}, pay {cardRaw}',
    ],
    es: [
      'seguimiento de crisis: {name}, {dob}, {phoneRaw}, sí se puede mensaje', 'ingreso al programa de alimentación {name} {dobRaw}, {relative}, {plan}', 'clínica de heridas: {name} {mrn}, curación el {date} en {address}',
      'pedido de bolsas para {name}, {plan}, enviar a {address}', 'inicio de bomba: {name}, serie {deviceRaw}, correo {email}', 'colonoscopía el {date}: {name}, quien la recoge {phoneRaw}',
      'UCIN: bebé de {name}, nació el {dobRaw}, pulsera {mrnRaw}, papá {phoneRaw}', 'interno {name}, número de interno {mrnRaw}, {dob}, sale a {address}',
      'jornalero {name}, matrícula consular {licRaw}, campo cerca de {city}, mayordomo {phoneRaw}', 'ingreso a residencia {name} ({ageRaw}), apoderada {name}, {plan}',
      'poder notarial: {name}, {ssn}, apoderado {name}, {phoneRaw}', 'biobanco: {name}, muestra {mrnRaw}, firmó el {date}', 'exención: {name}, {dob}, escuela en {city}, correo de la mamá {email}',
      'hola, soy {name}, the ride van {vehicleRaw} nunca llegó a {address}',
    ],
  },
  negatives: {
    en: [
      ['word', 'will the prep make me throw up, i have a weak stomach'], ['word', 'i hope the mammo recall is nothing, so nervous'], ['word', 'saying grace before meals is the hardest part of the meal plan'],
      ['word', 'no joy with the new sensor, it fell off in a day'], ['word', 'our faith community wants to bring meals after the funeral, is that ok'], ['word', 'pill line at dawn is brutal for the diabetics'],
      ['word', 'summer hours at the school clinic?'], ['word', 'do i mark the site with a pen before the wound vac change'], ['word', 'the bill for the wheelchair van is wrong'],
      ['word', 'they rob you at the commissary, $4 for a tylenol'], ['word', 'pepper jack cheese on the low residue diet?'], ['word', 'sugar rose to 280 after pizza, bolus more next time?'],
      ['word', 'poison ivy from the field, itchy all over'], ['word', 'ruby red grapefruit with my statin, yes or no'], ['word', 'sunny and 100 out, how much water should we drink picking'],
      ['word', 'major depressive disorder on the crisis note, does that follow me forever'], ['word', 'to be frank group therapy isnt helping me'], ['word', 'sandy looking stool after the prep, normal?'],
      ['word', 'rusty water from the camp tap, safe for the baby formula?'], ['word', 'had to wade through 9 pages of power of attorney forms'], ['word', 'the dean of students wants a note from the school clinic'],
      ['word', 'autumn allergies or a cold? cant tell'], ['word', 'the gene panel came back negative, does that mean no cancer risk'], ['word', 'rich foods the night before the colonoscopy, bad?'],
      ['word', 'is there a king size bed option in hospice'], ['word', 'what are the chances the recall is cancer'], ['word', 'will do!'], ['word', 'hope so 🤞'], ['word', 'ok got it, thx'],
      ['word', 'is 988 the right number for the crisis line or do i call 911'], ['word', 'what is an A-number and does the clinic need it'], ['word', 'do i need a social to get seen at the farmworker clinic'],
      ['word', 'how do i withdraw from the biobank study'], ['word', 'the inmate handbook says sick call costs $5, is that legal'], ['word', 'who signs the exemption, the parent or the doctor'],
      ['word', 'can the NICU nurse call me when he wakes up'], ['word', 'my mom needs a ride to cardiac rehab 3x a week'], ['word', 'the doctor said the wound is finally closing'],
      ['word', 'does the notary have to be there in person for the POA'], ['word', 'long term care waitlist is how long?'], ['word', 'sign me up for the bereavement walk'],
      ['word', 'MAY I BRING MY OWN SNACKS TO THE ED GROUP'], ['word', 'mercedes sprinter van from the ride company has no ramp'], ['word', 'lost my bed card at the shelter, how do i get a new one'],
      ['city', 'lima beans on the low residue diet?'], ['city', 'cayenne pepper irritates my stoma'], ['city', 'bermuda shorts over the ostomy bag, any tips'], ['city', 'dijon mustard has carbs?'],
      ['city', 'canadian bacon or turkey for the pump carb counting'], ['city', 'concord grapes spiked me to 250'], ['city', 'vienna sausages are all we get at the shelter'],
      ['city', 'baked alaska at the LTC birthday party, how many carbs'], ['city', 'worcestershire sauce on the clear liquid diet? lol'], ['city', 'salisbury steak again at the jail infirmary'],
      ['city', 'waldorf salad on the meal plan counts as a fat exchange?'], ['city', 'kalamata olives are ok for cardiac rehab diet?'], ['city', 'oxford shirt buttons press on my ostomy'],
      ['city', 'panama hat for the fields, the clinic gave out free ones'], ['city', 'greek yogurt before the pft?'], ['city', 'key lime pie at the wake, how do i bolus for that'],
      ['state', 'we moved from {state}, does my pump supplier change'], ['state', 'is the exemption form different in {state}'], ['state', 'jail in {state} wont take outside meds'],
      ['month', 'may i drink black coffee the morning of the colonoscopy'], ['month', 'they make us march around the gym at cardiac rehab'], ['month', 'you may feel bloated after the prep, says the sheet'],
      ['weekday', 'taco tuesday at the shelter, can i get a low sugar option'], ['weekday', 'meatless monday at the ED unit is tough'], ['weekday', 'throwback thursday pic from before the NICU 🥹'],
      ['weekday', 'is the telepharmacy kiosk open {weekday}'], ['weekday', 'no rides on sundays?'],
      ['drug', 'portia or daysee, which one was i on'], ['drug', 'delyla made me moody, can i go back to kaitlib fe'], ['drug', 'rajani vs bekyree for acne'], ['drug', 'kimidess is on backorder at the telepharmacy'],
      ['drug', 'jencycla while breastfeeding in the NICU?'], ['drug', 'alyacen or kariva, cheapest'], ['drug', 'juleber and lyza, same thing?'], ['drug', 'victoza or januvia with the pump'],
      ['cpt', 'colonoscopy billed 45378, but they took a polyp so 45380?'], ['cpt', '77067 screening vs 77066 diagnostic on the recall'], ['cpt', '94010 and 94060 both on the pft bill'],
      ['cpt', '93798 cardiac rehab per session copay'], ['cpt', '97597 debridement every week, is that covered'], ['cpt', '96040 genetic counseling 30 min'], ['cpt', '81220 cf carrier screen'],
      ['cpt', '99468 NICU day one charge is huge'], ['cpt', '{cpt} on the school clinic bill?'],
      ['hcpcs', 'G0121 screening for average risk'], ['hcpcs', 'A4416 closed pouches, 60 a month?'], ['hcpcs', 'A4409 barriers 20 per month'], ['hcpcs', 'E0784 pump not covered until 6 months of cgm data'],
      ['hcpcs', 'A9276 sensors billed as supplies'],
      ['icd', 'Z12.11 should be screening not diagnostic'], ['icd', 'R92.8 on the mammo recall'], ['icd', 'Z93.3 colostomy status on every claim'], ['icd', 'E10.65 on the pump prior auth'],
      ['icd', 'F50.01 restricting type, is that anorexia'], ['icd', 'L89.154 sacral wound stage 4'], ['icd', 'J44.1 copd flare, can i still do the pft'], ['icd', 'Z80.3 family history for the genetic visit'],
      ['icd', 'Z28.1 on the exemption?'], ['icd', 'Z59.01 on my chart, do they have to put that'], ['icd', 'Z65.1 shows up on my release papers'], ['icd', 'Z63.4 for the bereavement counseling'],
      ['icd', 'T60.0X1A pesticide exposure code'], ['icd', 'R45.851 from the crisis visit, who can see that'], ['icd', '{icd} on the nursing home paperwork'],
      ['ndc', 'insulin NDC {ndc} not on the telepharmacy shelf'], ['ndc', 'the prep is {ndc}, generic ok?'],
      ['lot', 'sensor lot 5294817 recalled?'], ['lot', 'insulin lot EL4921 expired in the fridge'], ['lot', 'pouch box lot 88213-B has bad adhesive'], ['lot', 'vaccine lot on the exemption form? 3K7X2'],
      ['ride', 'ride confirmation 7731946 for tuesday, is the driver bringing the ramp'], ['ride', 'trip # 4471-B got cancelled'], ['ride', 'pickup window 8:15-8:45, they came at 9:30'],
      ['ride', 'ride {confirmation} never showed up'], ['ride', '3 legs booked, only 2 showed in the app'],
      ['room', 'shelter bed 42 is by the door, too cold'], ['room', 'cell block C didnt get pill line today'], ['room', 'NICU pod 3, isolette 14'], ['room', 'kiosk 3 at the grocery store is broken'],
      ['room', 'room 112B at the nursing home has no call light'], ['room', 'exemption form 8263, page 2'], ['room', 'cardiac rehab gym, treadmill 6'],
      ['price', 'notary fee $10 per signature?'], ['price', 'commissary charges $4 a tylenol'], ['price', 'ride no-show fee {price}'], ['price', 'pump is {price} without insurance??'],
      ['price', 'the genetic panel is $250 self pay'], ['price', 'prep kit {price} at the pharmacy'],
      ['dose', 'basal 0.85 u/hr overnight'], ['dose', 'bolus 4.5 units for 45 g'], ['dose', 'lantus 22 units at bedtime'], ['dose', 'split prep: first half at 6pm, second half 5 hrs before'],
      ['dose', 'golytely 4 L, 8 oz every 10 min'], ['dose', '2 dulcolax at noon the day before'], ['dose', '{dose} of the nicotine patch in jail?'], ['dose', 'vitamin D {dose} in the NICU'],
      ['ratio', 'carb ratio 1:10 at breakfast, 1:15 at dinner'], ['ratio', 'ISF 1:45, too aggressive?'], ['ratio', 'FEV1/FVC 0.68'], ['ratio', 'split {ratio} between the two plans?'],
      ['lab', 'A1c 7.2, down from 8.1'], ['lab', 'TIR 68% this week'], ['lab', 'bili 12.3, still under the lights'], ['lab', 'albumin 2.9, wound wont heal?'], ['lab', '{lab} at the shelter clinic'],
      ['lab', 'potassium 3.1 after all the purging'],
      ['vitals', 'FEV1 2.1 L, 68% predicted'], ['vitals', 'DLCO 62%'], ['vitals', 'peak 4.5 METs, RPE 13'], ['vitals', 'BMI 16.8 at intake'], ['vitals', 'born at 31+4 weeks, 1,420 g'],
      ['vitals', 'BI-RADS 0, come back for more views'], ['vitals', 'meal plan 2500 kcal, 3 starch exchanges'], ['vitals', 'heat index 105 in the fields today'], ['bp', '{bp} after the treadmill'],
      ['wound', 'wound 2.5 x 1.8 x 0.4 cm, tunneling at 12 oclock'], ['wound', 'stoma is 32 mm, cut the barrier to 35?'], ['wound', '3x4 cm ulcer, 50% granulation'],
      ['time', 'start the prep at 5pm?'], ['time', 'curfew at the shelter is 9pm'], ['time', 'pill line at 0500 and 1700'], ['time', 'pick up at {time}, appt at {time}'], ['time', 'NICU rounds are at 10:30'],
      ['duration', 'clear liquids for 24 hours'], ['duration', '{duration} on the pump now'], ['duration', '13 months of bereavement calls, is that standard'], ['week', 'week 6 of 12 at cardiac rehab'],
      ['count', '36 sessions approved'], ['count', '{count} steps on rehab days'], ['count', '3 pouches a week is not enough'], ['count', '2 witnesses for the POA'], ['count', '2 tubes, 10 ml each for the biobank'],
      ['year', 'diabetic since {year}'], ['year', 'last colonoscopy was {year}'], ['agelow', 'screening starts at 45 now?'], ['agelow', 'my daughter is {agelow}, can she refuse the weigh-in'],
      ['agelow', 'can a {agelow} yr old use the pump alone at school'], ['version', 'pump firmware {version} alarms for nothing'], ['version', 'cgm app {version} lost 3 days of data'],
      ['planname', '{planname} covers the pump?'], ['order', 'the ostomy {order} is late'], ['ticket', 'pump support {ticket} still open'], ['tracking', 'sensors {tracking} stuck at the hub for 4 days'],
      ['invoice', '{invoice} from the ride company'], ['confirmation', 'exemption submitted, {confirmation}'],
    ],
    es: [
      ['word', 'los dolores del estoma ya bajaron'], ['word', 'en el campamento no hay luz para cargar el lector'], ['word', 'mi abuelo dice que se quiere ir en paz, en su casa'],
      ['word', 'me pegué contra un pilar del estacionamiento con la silla'], ['word', 'rocío un poco de suero en la herida o la dejo seca?'], ['word', 'el abogado metió un amparo para que le den la medicina en el penal'],
      ['word', 'el grupo de duelo me da mucho consuelo'], ['word', 'la soledad en la residencia lo tiene muy triste'], ['word', 'la bomba hace milagros con mi glucosa'],
      ['word', 'hay esperanza de que cierre la herida sin cirugía?'], ['word', 'pequeña victoria: hoy comí sin vomitar'], ['word', 'la camioneta mercedes del transporte no tiene rampa'],
      ['word', 'vamos a rezar el rosario en el hospicio, se puede?'], ['word', 'le llevamos una imagen de la virgen de guadalupe a la UCIN, la podemos dejar?'],
      ['word', 'trabajamos todo el día bajo el sol, cuánta agua hay que tomar'], ['word', 'en la sierra hay nieves y no sube la camioneta'], ['word', 'el parche es celeste o blanco?'],
      ['word', 'flores de azucena para el funeral, las dejan pasar?'], ['word', 'con tanta visita se siente la reina de la residencia'], ['word', 'va, gracias'], ['word', 'sale, ahí nos vemos'], ['word', 'ok entendido'],
      ['word', 'el 988 es para crisis o le marco al 911?'], ['word', 'qué es el número de extranjero y para qué lo quieren'], ['word', 'necesito seguro social para que me atiendan en la clínica del campo?'],
      ['word', 'cómo me salgo del estudio del biobanco'], ['word', 'quién firma la exención, el papá o el doctor?'], ['word', 'mi mamá necesita quién la lleve a rehabilitación 3 veces por semana'],
      ['word', 'el notario tiene que estar presente para el poder?'], ['word', 'se me perdió la tarjeta de cama del albergue, cómo saco otra'], ['word', 'la enfermera de la UCIN me puede avisar cuando despierte?'],
      ['city', 'queso cotija en la dieta baja en residuo?'], ['city', 'un tequila en el velorio, con la bomba?'], ['city', 'agua de jamaica el día de la preparación, por el color no se puede verdad'],
      ['city', 'el mango manila me sube mucho el azúcar'], ['city', 'el chile habanero me irrita el estoma'], ['city', 'chiles jalapeños en la comida del penal diario'], ['city', 'jamón de york o de pavo para contar carbohidratos'],
      ['city', 'el agua de colonia sobre la piel del estoma, mala idea?'], ['city', 'papas a la francesa en el programa de alimentación?'], ['state', 'venimos de El Salvador, necesitamos vacunas?'],
      ['state', 'nos mudamos de {state}, cambia el proveedor de la bomba?'], ['state', 'la exención es distinta en {state}?'],
      ['weekday', 'los martes hay tacos en el albergue, hay opción sin azúcar?'], ['weekday', 'no hay traslados los domingos?'], ['weekday', 'el kiosco de telefarmacia abre el {weekday}?'],
      ['drug', 'portia o daysee, cuál tomaba?'], ['drug', 'delyla me puso de malas, regreso a kaitlib fe?'], ['drug', 'victoza o januvia con la bomba?'], ['drug', 'alyacen o kariva, cuál es más barata'],
      ['cpt', 'me cobraron 45378 pero me quitaron un pólipo, entonces 45380?'], ['cpt', '77067 de tamizaje o 77066 diagnóstica?'], ['cpt', '93798 rehabilitación cardiaca por sesión'], ['cpt', '{cpt} en la cuenta de la clínica escolar?'],
      ['hcpcs', 'A4416 bolsas cerradas, 60 al mes?'], ['hcpcs', 'E0784 la bomba no la cubren todavía'],
      ['icd', 'Z12.11 debe ser tamizaje'], ['icd', 'R92.8 en la carta de mastografía'], ['icd', 'Z93.3 en todos los reclamos'], ['icd', 'F50.01 es anorexia?'], ['icd', 'Z59.01 en mi expediente, tienen que ponerlo?'],
      ['icd', 'T60.0X1A por los pesticidas'], ['icd', '{icd} en los papeles de la residencia'], ['ndc', 'la insulina {ndc} no está en telefarmacia'],
      ['lot', 'el lote 5294817 de sensores tiene alerta?'], ['lot', 'lote de insulina EL4921 caducado'], ['lot', 'la caja de bolsas lote 88213-B no pega'],
      ['ride', 'confirmación de traslado 7731946 para el martes, traen rampa?'], ['ride', 'el viaje # 4471-B lo cancelaron'], ['ride', 'ventana de recogida 8:15-8:45 y llegaron 9:30'], ['ride', 'traslado {confirmation} nunca llegó'],
      ['room', 'la cama 42 del albergue está junto a la puerta'], ['room', 'en el módulo C no hubo reparto de medicina'], ['room', 'UCIN cubículo 3, incubadora 14'], ['room', 'cuarto 112B de la residencia sin timbre'],
      ['price', 'el notario cobra $200 pesos por firma?'], ['price', 'en la comisaría un paracetamol cuesta {price}'], ['price', 'la bomba cuesta {price} sin seguro?'], ['price', 'el kit de preparación sale en {price}'],
      ['dose', 'basal 0.85 u/h en la noche'], ['dose', 'bolo de 4.5 unidades para 45 g'], ['dose', 'preparación dividida: mitad a las 6, mitad 5 horas antes'], ['dose', '4 litros de polietilenglicol, un vaso cada 10 min'],
      ['dose', '{dose} de vitamina D en la UCIN'], ['ratio', 'relación 1:10 en el desayuno y 1:15 en la cena'], ['ratio', 'sensibilidad 1:45, es mucho?'], ['ratio', 'VEF1/CVF 0.68'],
      ['lab', 'HbA1c 7.2, bajó de 8.1'], ['lab', 'tiempo en rango 68%'], ['lab', 'bilirrubina 12.3, sigue en fototerapia'], ['lab', 'albúmina 2.9, por eso no cierra?'], ['lab', '{lab} en la clínica del albergue'],
      ['vitals', 'VEF1 2.1 L, 68% del predicho'], ['vitals', 'IMC 16.8 al ingreso'], ['vitals', 'nació de 31+4 semanas, 1,420 g'], ['vitals', 'BI-RADS 0, hay que regresar'], ['vitals', 'plan de 2500 kcal'],
      ['bp', '{bp} después de la caminadora'], ['wound', 'herida de 2.5 x 1.8 x 0.4 cm con túnel'], ['wound', 'el estoma mide 32 mm, corto la barrera a 35?'],
      ['time', 'empiezo la preparación a las 17:00?'], ['time', 'en el albergue cierran a las 21:00'], ['time', 'me recogen a las {time} y la cita es a las {time}'],
      ['duration', 'líquidos claros por 24 horas'], ['duration', 'llevo {duration} con la bomba'], ['week', 'semana 6 de 12 en rehabilitación'], ['count', 'aprobaron 36 sesiones'], ['count', '2 testigos para el poder'],
      ['count', '3 bolsas por semana no alcanzan'], ['year', 'diabética desde {year}'], ['agelow', 'mi hija tiene {agelow} años, puede negarse al pesaje?'], ['agelow', 'el tamizaje ahora empieza a los 45?'],
      ['version', 'el firmware de la bomba {version} suena por nada'], ['planname', 'el {planname} cubre la bomba?'], ['order', 'el {order} de las bolsas no llega'], ['ticket', 'el reporte {ticket} de la bomba sigue abierto'],
      ['tracking', 'los sensores {tracking} no se mueven'], ['invoice', 'la {invoice} del transporte'], ['confirmation', 'mandé la exención, {confirmation}'],
    ],
  },
  tails: {
    en: [' (ride confirmation 7731946)', ' - A1c was 7.2', ', carb ratio 1:10 btw', ', the wound is 3x4 cm now', ' ({ndc})', ' and they billed {cpt}', ' - pickup window {time}', ' fyi FEV1 2.1 L', ', prep starts at {time}', ' (sensor lot 5294817)'],
    es: [' (confirmación de traslado 7731946)', ' - la HbA1c salió 7.2', ', relación 1:10 por cierto', ', la herida ya mide 3x4 cm', ' ({ndc})', ' y cobraron {cpt}', ' - me recogen a las {time}', ' (lote de sensor 5294817)', ' desde hace {duration}'],
  },
  greetings: {
    en: ['Hey there, ', 'Evening, ', 'Hi folks - ', 'Sorry to bother, ', 'Quick one: ', 'hello hello ', 'Good evening team, '],
    es: ['Buenas noches, ', 'Qué tal, ', 'Disculpen la molestia, ', 'Una pregunta rápida: ', 'Hola hola ', 'Buenas, ', 'Oigan, '],
  },
};
