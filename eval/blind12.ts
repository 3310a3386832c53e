/**
 * A thirteenth, independent set of phrasings for the generator ("blind12"), written blind on
 * 2026-11-28 as the fourth session's closing validation set: its author read files under eval/
 * (generator.ts and blind8.ts in full; parts of values.ts, score.ts, run.ts, holdout.ts and blind2.ts
 * … blind7.ts) but did not open eval/blind9.ts, eval/blind10.ts or eval/blind11.ts; it read
 * section 4 of DESIGN.md and the first 40 lines of docs/evaluation.md; nothing under src/, test/,
 * bench/ or scripts/, none of the
 * rest of docs/, and no git history, log or diffs. No detector (neither the engine nor any other) was
 * run on it and no detector output was looked at: it was only generated, to check that it loads.
 * It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind8.ts: new situations
 * (an orthodontist's office with teens, a home dialysis supply company, an ALS clinic, a diabetic
 * foot clinic, a prosthetics and orthotics shop, a rural clinic's tele-psychiatry, a lactation line, a
 * pediatric dentist, a blood bank's donor line, an urgent-care billing dispute, a long COVID clinic,
 * an HIV PrEP program, a gender-affirming care front desk, a migrant health program, a cosmetic
 * dermatology desk, a travel-nurse agency, an insurance broker doing marketplace enrollment, a funeral
 * director asking for death-certificate details, a school-based health center in Spanish, a pharmacy
 * delivery driver), new cue words for ids ("ortho patient #", "dialysis patient number", "donor
 * record", "clave de paciente", "folio de paciente", "hosp record number on the death paperwork",
 * "customer account" / "número de cliente", "HSA account", "estate checking", "compact RN license",
 * "funeral director license", "gender marker on my DL", "visa de trabajo agrícola", "cédula del
 * ortodoncista", "cycler serial", "eye gaze device", "microprocessor knee", "hospital grade pump
 * rental", "power chair", "hearse", "unidad móvil", "decedent social", "W-4 … social"), names in
 * every position and case (message start, after verbs and prepositions, lists, chosen and legal
 * names, hyphenated first names, "dr"/"dra" typed by hand, "don", vocatives, possessives,
 * parentheses, sign-offs on the next line, all-caps context, Spanglish), typos in cue words, ages
 * over 89 in new phrasings ("age at death", "decedent was …", "wall of fame", "just celebrated …",
 * "edad al fallecer"), dates after new cue words (braces went on, dialysate window, DOD, court order
 * dated, contract thru, donation interval, delivered … per the driver app), addresses for deliveries,
 * supply drops, decedents' residences, agency housing and school clinics, several identifiers in one
 * message, run-ons, and negatives that look like PHI (elastics 3/16 and 1/4, aligner trays 14 of 22,
 * CDT D8080/D8670/D1206/D1351/D1354, CPT 90966/11042/90791/90834/99204/99202/99051/17110, HCPCS
 * A4720/A4721/E2510/E0482/A5500/A5512/L5301/L1906/L1970/E0603/S9083/J0739, ICD G12.21/E11.621/
 * L97.512/U09.9/Z20.6/F64.0, modifier 95, Kt/V, ALSFRS-R 34/48, FVC %, ABI, PCL-5, lithium level,
 * flange sizes, pre/post feed weights, hemoglobin cutoffs for donors, 56 days, HR 128 standing,
 * 6-minute walk, LDN, estradiol and testosterone doses in mg/mL, botox units, SPF, stipends, HIOS and
 * Part D plan codes, BIN/PCN, APTC and FPL, lot numbers, gate codes, chair, tooth and unit numbers,
 * prices, times, counts, order/ticket/tracking/invoice numbers, drug and product brands - descovy,
 * truvada, apretude, radicava, relyvrio, riluzole, lexapro, wellbutrin, paxlovid, spectra, medela,
 * c-leg, genium, cerave, la roche-posay, paula's choice, juvederm, mrs. dash, dr pepper, jimmy dean,
 * little debbie, ben & jerry's, papa john's, marie callender's, sara lee, galletas marías, salsa
 * valentina, jugo del valle, chocolate abuelita, tortillas tía rosa, cerveza victoria, tampico -
 * songs (stayin' alive, sweet caroline, jolene, amazing grace, ave maria, hallelujah, baby shark,
 * las mañanitas, cielito lindo, la bamba), TV shows (grey's anatomy, house, the good doctor, bluey,
 * the office, la rosa de guadalupe, el chavo del 8, betty la fea, maría la del barrio), sports teams
 * (dallas cowboys, lakers, yankees, red sox, chivas, américa, pumas, tigres, rayados), holidays
 * (memorial day, labor day, thanksgiving, christmas eve, new year's eve, halloween, pride month,
 * good friday, super bowl sunday, día de muertos, semana santa, nochebuena, día del niño, domingo de
 * ramos, miércoles de ceniza, rosca de reyes), month and weekday words used as words (may, march,
 * mayo as mayonnaise, sunday scaries), place-named things (nashville hot chicken, philadelphia cream
 * cheese, brazil nuts, belgian waffle, swedish massage, german shepherd, french toast, cuban coffee,
 * turkey, jerusalem artichoke, chicago dog, new england clam chowder, pastor alemán, ensalada rusa,
 * queso de bola), given-name words (will, grace, faith, sue, bill, drew, honey, summers, pat, chase,
 * rob, sunny, ginger, sage, olive, clara, linda, blanca, serena, remedios, socorro, alegría, fe,
 * caridad, ángel, jesús) and ordinary words that are surnames (mora, luna, campos, cruz, fuentes,
 * mesa, torres, ramos, delgado, calvo, blanco, cordero, pastor, sierra, arenas, cabello; long,
 * young, banks, fields, rice, stone, small, strong, sharp, moody, cross, lamb, salmon, pepper).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND12_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'ortho question: {first} popped a bracket on a jolly rancher, can she come in before school', 'my son {first} left his retainer on a lunch tray AGAIN, how much is a new one',
        'the home dialysis nurse {first} said cycler training is 4 sessions, not 2', '{name} here, the supply truck left 30 boxes of dialysate on my porch in the rain',
        'ALS clinic: can {provider} sign the speech device paperwork before the neuro visit', 'the respiratory therapist at ALS clinic, {first}, wants a cough assist trial',
        'foot clinic - {relative} has a new black spot on his big toe, podiatry said call you', 'is {provider} the one who trims toenails or is that the nurse',
        'prosthetist {name} said the new socket would be ready by now, any update', '{first} at the O&P shop cast my leg for the AFO, when is the fitting',
        'tele-psych: the video doc last time was {provider}, can i keep her', 'rural clinic nurse {first} set up the ipad for my psych visit and it actually worked!',
        'lactation line, this is {name}, baby is 5 days old and only latches on the right', 'the IBCLC, {first}, weighed him before and after, can she come back thursday',
        'pediatric dentist: {first} is scared of the nitrous nose, any tips', 'can {provider} see both kids back to back, {first} and {first}',
        'donor line: {name} wants to know if she can give platelets while on aspirin', 'the phlebotomist {first} was amazing, first time i didnt pass out 😅',
        'urgent care billing - i was seen by {provider} for 10 min and charged a level 5?', 'your billing rep {first} promised a callback about my dispute, never came',
        'long covid clinic intake for {name}, still cant walk to the mailbox without crashing', '{provider} at the post-covid clinic said pacing, what does that look like day to day',
        'PrEP program: the navigator {first} said my labs are due, where do i go', 'legal name is {name} but i go by {first}, please use that at check-in',
        'chosen name {first}, they/them, the front desk keeps calling out {name} in the waiting room', 'migrant health outreach worker {first} came by the camp with the van yesterday',
        'cosmetic derm: can {first} do my lip filler or only the NP', 'injector {name} is booked for 3 weeks?? does anyone else do botox',
        'travel nurse here, my recruiter {first} says my compact license covers this state', 'agency note: {name}, RN, starts nights on 4 west monday',
        'our broker {name} is helping us pick a marketplace plan, can she talk to you for us', 'funeral home calling re: the late {name}, we need the attending to sign',
        'the decedent, {name}, was a patient of {provider} for years', 'pharmacy delivery for {name}, nobody is answering the door',
        'driver here, left the cooler with the neighbor {first} like the note said', 'FROM THE DRIVER: {titled} SAYS THE BAG WAS MISSING HER INSULIN',
        "{first}'s braces come off next month and she wants the clear retainer", 'check her in under {first}-{first}, the hyphen matters for insurance',
        'thanks again!!\n— {first} (the twins mom, lactation)', 'cc {provider}; {name}; {first} (navigator)', 'who is {name}?? the donor center mailed a thank you card for them',
        'ask for {first} or {titled} at the foot clinic desk, they have my shoe order', 'the doctor covering for {provider} is {provider}? never heard of them',
        'my mom {first} and her sister {first} both have ALS, is it genetic', 'pls tell dr {first} the new knee clicks when i sit down',
        'nurse practitioner {name} (she/her) did my hormone labs, results?', "dialysis social worker {first}'s voicemail is full", 'with {first} from the broker office on the line now',
        "i'm {relative}'s caregiver, she can't hold the phone anymore", 'sorry wrong kid - its {name} not {name} for the sealants',
      ],
      es: [
        'clínica escolar: la enfermera {first} dice que mi hija tiene piojos, qué hago', 'soy la mamá de {name}, de quinto grado, le dieron algo para la fiebre?',
        '{name} se cayó en educación física y le duele la muñeca, lo pueden revisar', 'la ortodoncista, {provider}, dice que le faltan 6 meses de brackets a mi hijo',
        'a {first} se le despegó un bracket con un chicle, hay cita antes del viernes?', 'el técnico de diálisis en casa, {first}, viene a enseñarnos la máquina el lunes',
        'clínica de ELA: {provider} quiere que mi papá use la BiPAP de noche', 'en la clínica de pie diabético la enfermera {first} me curó la úlcera',
        'el protesista {name} dice que el socket nuevo ya está', 'consulta de psiquiatría por video con {provider}, puede ser en español?',
        'línea de lactancia: soy {name}, la bebé no agarra bien el pecho izquierdo', 'la asesora {first} me dijo que probara la pezonera, sigo con ella?',
        'dentista infantil: {first} tiene 7 años y le duele una muela de abajo', 'donador de sangre: {name}, ya puedo donar otra vez?',
        'me atendió {provider} 10 minutos y me cobraron nivel 5, quiero disputarlo', 'clínica de covid largo: {name} sigue sin aire al subir escaleras',
        'la navegadora del programa de PrEP, {first}, no me ha regresado la llamada', 'mi nombre legal es {name} pero me llamo {first}, así pónganlo en recepción',
        'el promotor de salud {first} pasó por el campamento con las vacunas', 'el trabajador agrícola {name} trae tos desde la cosecha, lo ven hoy?',
        'quiero cita con {first} para el bótox, no con otra persona', 'la reclutadora {first} me dijo que la agencia paga la vivienda',
        'el agente de seguros {name} nos está ayudando con el plan del mercado', 'funeraria: necesitamos que {provider} firme el certificado de defunción de {name}',
        'el repartidor de la farmacia dejó la medicina con la vecina {first}', '{titled} dice que en la bolsa no venía su insulina',
        'mil gracias a {first} y a {first} de recepción 💛', 'saludos,\n{name}\n(mamá de {first})', 'hablo de parte de {relative}, que ya no oye bien por teléfono',
        'la dra {first} de la escuela mandó el permiso firmado', 'se llama {first}-{first} con guion, así viene en el acta', 'el señor de la funeraria, {first}, pregunta por el acta',
        '¿quién es {name}? me llegó una carta del banco de sangre a su nombre', 'NO ME HAN LLAMADO, SOY {name}, ES POR LA PRÓTESIS',
        'hi, soy {first}, the lactation lady me dijo que llamara', 'don {first}, el de la diálisis en casa, ya no tiene bolsas de drenaje',
        'con {first} y con {name} en la misma cita, se puede?', 'la cuidadora de mi abuelo, {first}, pregunta por la silla eléctrica',
      ],
    },
    DATE: {
      en: [
        'braces went on {date}, isnt it supposed to be 18 months?', 'retainer check moved to {date} after school', 'dialysate delivery window {date}, we have 4 days of supplies left',
        'home hemo training starts {date}, does a partner have to be at every session', 'ALS diagnosis was {date}, when do we talk about the feeding tube',
        'at clinic on {date} his ALSFRS was 34, is that fast', 'the ulcer on my heel opened up {date}, foot clinic wants weekly photos', 'diabetic shoes ordered {date}, still no call',
        'prosthetic fitting {date} at 10, do i bring the shrinker sock?', 'tele-psych follow up {date}, same provider?', 'baby born {dobRaw}, down 9% already, lactation said to call',
        'my milk came in {date}-ish and now im engorged', 'cleaning plus sealants {date}, can the siblings go the same day', 'last donation {date}, has it been 56 days yet',
        'urgent care visit {date}, charged twice, i am disputing both', 'covid first hit me {date} and i still cant work a full shift', 'started PrEP {date}, labs every 3 months?',
        'name change court order dated {date}, can the chart be updated', 'hormones started {date}, when do we recheck levels', 'got to the camp {date}, when is the TB skin test',
        'botox last done {date}, too soon for a touch up?', 'contract runs {date} thru {date}, need TB and titers before', 'marketplace application sent {date}, when does coverage start',
        'date of death: {date}, pronounced at home by hospice', 'decedent {dob}, for the certificate worksheet', 'delivered {date} @ 6:40pm per the driver app, i never got it',
        'pt {dob}, calling about the ortho contract', 'expected delivery was {date} but the app says {date} now', 'dos {date} and {date} both billed as new patient??',
        'b4 {date} pls, i leave for the season after that', 'D O B {dobRaw} on the donor form is wrong, it says {dobRaw}',
      ],
      es: [
        'le pusieron los brackets el {date}', 'la revisión del retenedor pasó al {date}', 'las cajas de solución llegan el {date}? solo quedan 4 días',
        'el entrenamiento de hemodiálisis en casa empieza el {date}', 'le diagnosticaron ELA el {date}', 'la úlcera del talón se abrió el {date}',
        'la prueba de la prótesis es el {date} a las 10', 'la bebé nació el {dobRaw} y ha bajado de peso', 'la última vez que doné fue el {date}',
        'la consulta de urgencias del {date} me la cobraron doble', 'me dio covid el {date} y sigo sin fuerzas', 'empecé la PrEP el {date}, cada cuándo son los análisis?',
        'la orden del juez del cambio de nombre es del {date}', 'llegamos al campamento el {date}', 'el contrato empieza el {date} y termina el {date}',
        'fecha de defunción: {date}', 'el finado nació el {dobRaw}', 'el repartidor dice que entregó el {date} pero no llegó nada', 'la enfermera de la escuela lo vio el {date} por el golpe',
        '{dob}, es para el permiso de la escuela', 'la cita de psiquiatría por video es el {date}, a qué hora', 'el permiso de trabajo me vence el {date}',
        'entre el {date} y el {date} no pude trabajar por la falta de aire', 'fecha de nacimiento del donador {dobRaw}, la tienen mal',
      ],
    },
    AGE_OVER_89: {
      en: [
        'decedent was {ageRaw}, natural causes, for the certificate', 'age at death: {ageRaw}', 'my grandma is {ageRaw} and wants to keep donating blood, is there a cutoff',
        'he is {ageRaw} and has a foot ulcer that wont close, is amputation on the table', 'grandpa, {ageRaw}, just got his first prosthetic leg, absolute legend',
        'can someone who is {ageRaw} get braces, asking for my great grandma lol', 'marketplace app for my great uncle, he is {ageRaw}, isnt that medicare only',
        'delivery for a lady who is {ageRaw} and cant come to the door, leave it inside?', 'dad is {ageRaw}, ALS dx this late in life, is that rare',
        'long covid at {ageRaw}? the clinic says they take all ages', 'patient age {ageRaw}, ok for tele-psych or needs in person', 'SHE IS {ageRaw} AND STILL DOES HOME DIALYSIS',
        'she just celebrated {ageRaw} and her feet are a mess', '{age90} per the funeral home paperwork', 'the oldest donor on the wall of fame is {ageRaw}',
      ],
      es: [
        'el finado tenía {ageRaw}, para el acta', 'edad al fallecer: {ageRaw}', 'mi abuela tiene {ageRaw} y quiere seguir donando sangre', 'mi abuelo con {ageRaw} y una úlcera en el pie que no cierra',
        'un señor de {ageRaw} con prótesis nueva, sí se puede?', 'mi papá tiene {ageRaw}, le pueden llevar la medicina a la casa', 'la señora, de {ageRaw}, hace diálisis en casa con su hija',
        'con {ageRaw} ya no califica para el plan del mercado, verdad?', 'paciente de {ageRaw}, la consulta de psiquiatría puede ser por video?', 'LA ABUELA TIENE {ageRaw} Y SIGUE CON COVID LARGO',
        'mi bisabuelo ({ageRaw}) tiene ELA', '{age90} según la funeraria',
      ],
    },
    ADDRESS: {
      en: [
        'dialysate boxes go to {address}, side garage, not the front porch', 'we moved, the cycler supplies ship to {address} starting next month', 'loaner wheelchair from ALS clinic, pickup at {address}',
        'can the diabetic shoes be mailed to {address}?', 'the O&P shop does home fittings within 30 miles of {city}?', 'doing tele-psych from the library in {city}, is that private enough',
        'lactation home visit at {address}, park on the street pls', 'is the blood drive bus coming to {city} this weekend', 'urgent care statement went to {address}, havent lived there in years',
        'any long covid clinic closer to {city}', 'PrEP by mail to {address}, plain packaging please', 'the camp is past {city}, the mobile unit can find us by the packing shed',
        'agency housing: {address}, send my badge there', 'residence of the decedent: {address}', 'delivery address {address}, gate code 4471#, dog is friendly',
        'driver: cant find {address}, gps says it doesnt exist', 'does the school based clinic take kids from {zip}', 'ortho office in {city} or the other one, which has saturday hours',
        'mail the certified copies to {address}', 'pls deliver to my work instead, {address}, front desk', 'marketplace says {zipRaw} only has 2 plans??',
      ],
      es: [
        'las cajas de la diálisis a {address}, por la cochera', 'nos cambiamos, manden los insumos a {address}', 'recojan la silla prestada de la clínica de ELA en {address}',
        'manden los zapatos para diabético a {address}', 'la visita de lactancia en casa es en {address}', 'la campaña de donación en {city} es este sábado?',
        'el estado de cuenta de urgencias llegó a {address}, ya no vivo ahí', 'las pastillas de PrEP por correo a {address}, en paquete discreto',
        'el campamento está pasando {city}, junto a la empacadora', 'domicilio del finado: {address}', 'entregar en {address}, el portón es negro',
        'el repartidor no encuentra {address}, me pueden marcar?', 'la clínica escolar atiende niños de {city}?', 'mi dirección para el seguro del mercado es {address}',
        'vivienda de la agencia: {address}', 'hay dentista infantil cerca del {zipRaw}?',
      ],
    },
    PHONE: {
      en: [
        'the dialysis supply co can reach me at {phoneRaw}, not the landline', 'ALS clinic: call my daughter {phoneRaw}, dad cant talk on the phone anymore',
        'lactation callback {phoneRaw}, text is easier, baby is always on me', 'the blood bank keeps calling {phoneRaw} to donate, please take it off the list',
        'urgent care billing, callback # {phoneRaw} between 12 and 1', 'backup number if the video drops: {phoneRaw}', 'recruiter cell {phoneRaw}, she said text anytime',
        'funeral director on call {phoneRaw}, 24 hrs', '{phone} is moms, {phone} is mine', 'new number after the move {phoneRaw} (old one is disconnected)',
        'pls dont call my work about PrEP, only {phoneRaw}', 'driver, call me at the gate {phoneRaw} and i will buzz you in', 'the school nurse can text the dad, {phoneRaw}',
      ],
      es: [
        'la compañía de insumos me localiza al {phoneRaw}', 'clínica de ELA: llamen a mi hija al {phoneRaw}, mi papá ya no puede hablar', 'para lactancia mejor mensaje al {phoneRaw}',
        'del banco de sangre me marcan al {phoneRaw} todos los días, ya no', 'si se cae la videollamada, llámenme al {phoneRaw}', 'la reclutadora me dio su cel {phoneRaw}',
        'repartidor, estoy en el portón, márqueme al {phoneRaw}', 'la funeraria atiende al {phoneRaw} las 24 horas', 'casa {phoneRaw}, trabajo {phoneRaw}',
        'no me llamen al trabajo, solo al {phoneRaw}', 'el número de la mamá para la clínica de la escuela: {phoneRaw}',
      ],
    },
    FAX: {
      en: [
        'fax the CMN for the dialysis supplies to {faxRaw}', 'the speech device vendor wants the ALS eval by fax {faxRaw}', 'podiatry note for the shoes has to go to {faxRaw}',
        'O&P shop fax {faxRaw}, attn prosthetist', 'funeral home fax for the signed certificate: {faxRaw}', 'agency credentialing fax {faxRaw}',
        '{fax}, pediatric dental, send the bitewings please', 'itemized bill by fax to {faxRaw}, my email is broken',
      ],
      es: [
        'manden el certificado de necesidad médica al fax {faxRaw}', 'el proveedor del aparato para hablar pide la evaluación por fax {faxRaw}', 'la receta de los zapatos al fax {faxRaw}',
        'el fax de la funeraria es {faxRaw}', '{fax} de la clínica escolar', 'la nota de la podóloga por fax al {faxRaw} porfa', 'el estado de cuenta detallado por fax: {faxRaw}',
      ],
    },
    EMAIL: {
      en: [
        'ortho progress photos go to {email}? the portal wont take them', 'send the home dialysis flowsheet to {email}', 'ALS clinic summary to my son at {email} please',
        'lactation handouts to {email}, the printed ones got spit up on lol', 'donation receipt to {email}', 'itemized urgent care bill to {email}, disputing line 4',
        'PrEP lab reminders to {email} instead of texts', 'recruiter said send the skills checklist to {email}', 'funeral home, family contact is {email}', 'forwarding the denial from {email}, did it come through',
      ],
      es: [
        'las fotos de avance de ortodoncia a {email}', 'el resumen de la clínica de ELA a mi hijo, {email}', 'las hojas de lactancia a {email}', 'el recibo de donación a {email}',
        'la factura detallada de urgencias a {email}', 'el permiso de la clínica escolar a {email}, es el de la mamá', 'la funeraria dice que les escriban a {email}',
        'mándenme los recordatorios de la PrEP a {email}',
      ],
    },
    URL: {
      en: [
        'the aligner tracking app link {url} says expired', 'dialysis supply order portal {url} wont load on safari', 'fundraiser for the ALS van {url}',
        'tele-psych waiting room {url} just spins', 'online obituary {url}, the funeral home asked us to share it', 'my before/after pics ended up on {url}, please take them down',
        'the broker sent {url} to compare plans',
      ],
      es: [
        'el link de la app de alineadores {url} dice vencido', 'el portal de pedidos de diálisis {url} no abre', 'la sala de espera virtual {url} no carga', 'el obituario está en {url}',
        'mis fotos de antes y después salieron en {url}, bórrenlas', 'el agente me mandó {url} para comparar planes',
      ],
    },
    IP_ADDRESS: {
      en: [
        'cycler modem shows {ip} and no connection to the hub', 'tele-psych says blocked region from {ip}, im at the rural clinic', 'agency timekeeping portal locked me out, ip {ip}',
        'someone logged into my PrEP portal from {ip}, not me', 'eye gaze tablet wont get on wifi, says {ip}', 'school clinic laptop {ip} cant print the forms',
      ],
      es: [
        'el módem de la máquina de diálisis marca {ip}', 'la videoconsulta dice bloqueado desde {ip}', 'alguien entró a mi portal desde {ip}', 'la laptop de la clínica escolar dice {ip} y no imprime',
        'el portal de la agencia me bloqueó, ip {ip}',
      ],
    },
    SSN: {
      en: [
        'funeral director needs the decedent social for the certificate: {ssnRaw}', 'marketplace app wants everyone in the household, my daughters is {ssnRaw}', 'W-4 for the agency, social {ssnRaw}',
        'collections has the wrong social for the urgent care bill, mine is {ssnRaw}', 'supplier asked for his ssn for medicare?? {ssnRaw}', 'no social, only itin {ssnRaw}, can i still get the sliding scale',
        'why does the blood bank want {ssnRaw} to donate', 'ss# on the ortho financing form {ssnRaw}',
      ],
      es: [
        'la funeraria pide el seguro social del finado: {ssnRaw}', 'para el mercado de seguros, el social de mi hija es {ssnRaw}', 'la agencia me pide el social para la nómina {ssnRaw}',
        'no tengo social, solo ITIN {ssnRaw}', 'en cobranza tienen mal el social, es {ssnRaw}', 'para el financiamiento de los brackets piden {ssnRaw}',
      ],
    },
    MRN: {
      en: [
        'ortho patient # {mrnRaw}, the one with the expander', 'dialysis patient number {mrnRaw} for the supply reorder', 'ALS clinic chart {mrnRaw}', 'foot clinic pt no {mrnRaw}',
        'tele-psych has me under patient id {mrnRaw}', "baby's chart # from the birth hospital is {mrnRaw}", 'blood donor record {mrnRaw}', 'urgent care chart number {mrnRaw}',
        'post-covid clinic MR# {mrnRaw}', 'PrEP clinic number {mrnRaw}', 'the sticker on the school clinic folder says {mrnRaw}', 'hosp record number on the death paperwork: {mrnRaw}',
      ],
      es: [
        'número de paciente de ortodoncia {mrnRaw}', 'número de paciente de diálisis {mrnRaw}', 'expediente de la clínica de ELA {mrnRaw}', 'número de historia del pie diabético {mrnRaw}',
        'registro del donador {mrnRaw}', 'expediente de urgencias {mrnRaw}', 'folio de paciente en la clínica escolar {mrnRaw}', 'número de expediente del hospital en el certificado: {mrnRaw}',
        'mi clave de paciente en PrEP es {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        "ortho is under my ex-husband's plan, member {planRaw}", 'dialysis supplies billed to medicare, {plan}', 'ALS skips the 24 month wait, is {planRaw} active yet',
        'diabetic shoes once a year under {planRaw}', 'prosthetic knee prior auth for subscriber {planRaw}', 'the lactation visit should be $0 under {planRaw}',
        'pediatric dental is on the medicaid card {planRaw}', 'marketplace plan assigned member {planRaw}, card hasnt come', 'PrEP is preventive, should be covered on {planRaw}',
        'agency health plan id {planRaw} for the travel contract', 'urgent care billed the wrong insurance, the right one is {planRaw}', 'after he passed, please cancel {planRaw}',
        'the id on the front of the card under my name: {planRaw}', 'H-2A workers plan, id {planRaw}',
      ],
      es: [
        'la ortodoncia va por el seguro de mi ex, afiliado {planRaw}', 'los insumos de diálisis van a medicare, {plan}', 'los zapatos de diabético una vez al año con {planRaw}',
        'autorización de la rodilla para el asegurado {planRaw}', 'la consulta de lactancia debe salir gratis con {planRaw}', 'el dentista de los niños va por medicaid {planRaw}',
        'nos dieron el número de miembro {planRaw} del plan del mercado', 'la PrEP la cubre {planRaw} como preventivo?', 'cancelen la póliza del finado {planRaw}',
        'el seguro correcto es {planRaw}, urgencias le cobró al otro',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'ortho payment plan account {acctRaw}, auto-draft monthly', 'dialysis supply customer account {acctRaw}', 'urgent care balance on acct {acctRaw} is in dispute, dont send it to collections',
        'agency direct deposit form - {acct}', 'funeral home can bill the estate checking {acctRaw}', 'cosmetic package on account {acctRaw}, 3 laser sessions left',
        'pharmacy charge account {acctRaw} for the deliveries', 'HSA account {acctRaw}, can you bill that for the braces',
      ],
      es: [
        'cuenta del plan de pagos de ortodoncia {acctRaw}', 'número de cliente de los insumos {acctRaw}', 'la cuenta {acctRaw} de urgencias está en disputa',
        'depósito directo de la agencia: {acct}', 'la funeraria cobra a la cuenta de la sucesión {acctRaw}', 'cuenta de la farmacia para los envíos {acctRaw}', '{acct} para el reembolso del paquete de láser',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'compact RN license {licRaw}, the agency says it wont verify', 'travel assignment needs my BLS card and license {licRaw}', 'the delivery driver showed his license {licRaw} at the door, is that normal',
        "driver's license for the marketplace identity check: {licRaw}", 'updated gender marker on my DL, number {licRaw}', 'passport {licRaw} is the only id i have for the migrant clinic',
        'funeral director license {licRaw} on the burial permit', 'tele-psych prescriber needs a DEA in my state, hers is {licRaw}', 'prosthetist license # {licRaw} for the insurance form',
      ],
      es: [
        'licencia de enfermera {licRaw} para la agencia', 'licencia de manejo para verificar identidad en el mercado: {licRaw}', 'pasaporte mexicano {licRaw}, es la única identificación',
        'el repartidor enseñó su licencia {licRaw}', 'cédula del ortodoncista {licRaw}', 'licencia del director de la funeraria {licRaw}', 'visa de trabajo agrícola, número {licRaw}',
      ],
    },
    NPI: {
      en: ['orthodontist npi {npiRaw} for the HSA claim', 'nephrologist NPI {npiRaw} on the supply order', 'podiatrist npi {npiRaw} for the shoe certification', 'lactation consultant npi {npiRaw} so insurance pays', 'does the attending npi {npiRaw} go on the death certificate', 'tele-psych provider {npi}'],
      es: ['NPI del nefrólogo {npiRaw}', 'npi de la podóloga {npiRaw} para los zapatos', 'npi de la asesora de lactancia {npiRaw}', 'el {npi} del médico que firma el certificado'],
    },
    VEHICLE_ID: {
      en: [
        'the pharmacy delivery car {vehicleRaw} backed into my mailbox', 'dialysis supply truck {vehicleRaw} blocked the driveway for an hour', 'our accessible van {vehicleRaw} needs a clinic parking pass',
        'the hearse {vehicleRaw} will pull up at the back entrance', 'travel nurse parking permit for {vehicleRaw}', 'mobile migrant clinic bus {vehicleRaw} comes by on weekends?',
        'the ortho lot towed my car {vehicleRaw} during the appt',
      ],
      es: [
        'el carro del repartidor {vehicleRaw} le pegó al buzón', 'el camión de los insumos {vehicleRaw} tapó la entrada', 'la carroza {vehicleRaw} entra por atrás',
        'permiso de estacionamiento para {vehicleRaw}', 'la unidad móvil {vehicleRaw} pasa por el campo los martes',
      ],
    },
    DEVICE_ID: {
      en: [
        'home cycler serial {deviceRaw}, drain alarm all night', 'the BiPAP from ALS clinic {deviceRaw} keeps beeping', 'eye gaze device {deviceRaw} stopped tracking',
        'microprocessor knee {deviceRaw} vibrates when the battery is low?', 'hospital grade pump rental {deviceRaw}, where do i return it', 'pulse ox for long covid {deviceRaw} reads 88 then 97',
        'foot clinic wants the cgm data from {deviceRaw}', 'delivery tablet {deviceRaw} wont capture signatures', 'the power chair {deviceRaw} needs a new joystick',
      ],
      es: [
        'serie de la cicladora {deviceRaw}, alarma de drenaje', 'la BiPAP de la clínica de ELA {deviceRaw} pita mucho', 'el aparato de mirada {deviceRaw} ya no lee los ojos',
        'la rodilla electrónica {deviceRaw} vibra', 'el extractor de leche rentado {deviceRaw}, dónde lo regreso', 'el oxímetro {deviceRaw} marca 88 y luego 97', 'la silla eléctrica {deviceRaw} ya no avanza',
      ],
    },
    CREDIT_CARD: {
      en: [
        'charge the retainer replacement to {cardRaw}', 'put the urgent care balance on {cardRaw} but only after the dispute is done', 'botox package deposit {cardRaw}',
        'funeral home deposit, use {cardRaw}', 'delivery fee on {cardRaw}, i tipped the driver cash', 'pump rental monthly on {cardRaw}', 'sliding scale fee, card {cardRaw}',
      ],
      es: [
        'cóbrenme el retenedor nuevo a {cardRaw}', 'el saldo de urgencias a {cardRaw} hasta que resuelvan', 'el anticipo del bótox con {cardRaw}', 'el anticipo de la funeraria con {cardRaw}',
        'la renta del extractor con {cardRaw}', 'el envío lo pago con {cardRaw}',
      ],
    },
    IBAN: {
      en: [
        "i'm a travel nurse from spain, pay me to {ibanRaw}", 'refund the cosmetic deposit to my euro account {ibanRaw}', 'estate bank overseas for the funeral refund: {ibanRaw}',
        'overpaid the urgent care, refund to {ibanRaw}', 'our family pays the dialysis supplies from abroad, {ibanRaw}',
      ],
      es: [
        'soy enfermera de España, el pago a {ibanRaw}', 'devuelvan el anticipo a {ibanRaw}', 'la cuenta del finado en España: {ibanRaw}', 'pagué de más en urgencias, reembolso a {ibanRaw}',
        'pagamos los insumos desde fuera, {ibanRaw}',
      ],
    },
  },
  idFrames: {
    en: [
      'the delivery app asks for {X}, why', 'ortho financing form, box 6: {X}', 'funeral home worksheet - {X}', 'broker needs {X} to finish the application', 'agency onboarding portal wants {X}',
      'copied from the letter → {X}', 'the rural clinic tablet asked me {X}', '{X} (that one is right, the other is old)', 'ugh {X}', 'dispute letter, reference: {X}',
      'ALS clinic social worker asked {X}', 'for the shoe order: {X}', 'lactation intake {X}', 'CONFIDENTIAL {X}',
    ],
    es: [
      'la app del repartidor me pide {X}, por qué', 'la forma del financiamiento, casilla 6: {X}', 'hoja de la funeraria - {X}', 'el agente necesita {X} para terminar la solicitud',
      'el portal de la agencia pide {X}', 'lo copié de la carta → {X}', 'la tableta de la clínica me pidió {X}', '{X} (ese es el bueno, el otro es viejo)', 'ay {X}',
      'carta de disputa, referencia: {X}', 'la trabajadora social de ELA pidió {X}', 'para los zapatos: {X}', 'CONFIDENCIAL {X}',
    ],
  },
  mixed: {
    en: [
      'death certificate: {name}, {dob}, date of death {date}, {ssn}, residence {address}', 'ortho new pt {name} {dobRaw}, parent {relative}, {phoneRaw}, {plan}',
      'dialysis supplies for {name}, ship to {address}, cycler serial {deviceRaw}, call {phoneRaw}', 'ALS clinic: {name} ({ageRaw}), daughter {first} {phoneRaw}, {email}',
      'foot clinic referral {name} {mrn} from {provider} {npi}, fax back {faxRaw}', 'prosthetic order: {name}, {plan}, knee {deviceRaw}, prosthetist {name}',
      'tele-psych: {name}, {dob}, backup phone {phoneRaw}, connecting from {ip}', 'lactation: mom {name}, baby born {dobRaw}, {address}, text {phoneRaw}',
      'donor {name}, last gave {date}, {email}', 'urgent care dispute {name}, DOS {date}, acct {acctRaw}, paid w/ {cardRaw}',
      'travel RN {name}, license {licRaw}, {ssn}, deposit {acct}, housing {address}', 'marketplace app: {name} {dobRaw} {ssnRaw}, spouse {name} {dobRaw}, we live in {city}',
      'delivery for {name} at {address}, driver {first} in {vehicleRaw}, {phoneRaw}', 'chosen name {first}, legal {name}, {dob}, {plan}, {email}',
      'PrEP refill {name} {mrnRaw}, mail to {address}', 'hi {first} its {name} again my new number is {phoneRaw} and email {email} and i moved to {city} so update everything thx',
      'refund for {name} to {ibanRaw} or {cardRaw} whichever is easier',
    ],
    es: [
      'certificado de defunción: {name}, {dob}, falleció el {date}, {ssn}, domicilio {address}', 'paciente nuevo de ortodoncia {name} {dobRaw}, {relative}, {phoneRaw}, {plan}',
      'insumos de diálisis para {name}, enviar a {address}, cicladora {deviceRaw}, tel {phoneRaw}', 'clínica de ELA: {name} ({ageRaw}), su hija {first} {phoneRaw}, {email}',
      'referencia al pie diabético {name} {mrn} de {provider}, fax {faxRaw}', 'lactancia: mamá {name}, la bebé nació el {dobRaw}, {address}, mensaje al {phoneRaw}',
      'donador {name}, última vez el {date}, {email}', 'disputa de urgencias {name}, consulta del {date}, cuenta {acctRaw}, pagué con {cardRaw}',
      'enfermera {name}, licencia {licRaw}, {ssn}, vivienda en {address}', 'solicitud del mercado: {name} {dobRaw} {ssnRaw}, esposo {name} {dobRaw}, vivimos en {city}',
      'entrega para {name} en {address}, el repartidor {first} en {vehicleRaw}', 'me llamo {first}, nombre legal {name}, {dob}, {plan}',
      'clínica escolar: {name}, {dob}, mamá {name} {phoneRaw}, vive en {city}', 'hola {first} soy {name} otra vez mi cel nuevo es {phoneRaw} y el correo {email} y me mudé a {city} actualicen todo porfa',
    ],
  },
  negatives: {
    en: [
      ['elastic', 'wear the 3/16 elastics at 6 oz all day, or the 1/4 heavy ones only at night?'], ['count', 'aligner tray 14 of 22, the edges are cutting my gums'],
      ['cdt', 'is D8080 comprehensive ortho the whole treatment or just year one'], ['cdt', 'D8670 monthly adjustments billed separately??'], ['price', 'retainer replacement is $250 per arch?'],
      ['word', 'my teen will not wear the headgear, any tricks that actually work'], ['brand', 'waterpik or floss threaders for braces'], ['time', 'wire change at 3:40 after school?'],
      ['holiday', 'halloween candy with braces, which ones are safe'], ['brand', 'is a jolly rancher the worst thing for brackets or is it caramel'],
      ['lab', 'Kt/V 1.9 this month, good for home?'], ['dose', '4 bags of 2.5% dextrose, 5000 mL each, on the night cycler'], ['hcpcs', 'A4720 vs A4721 for the dialysate, which is mine'],
      ['cpt', '90966 home dialysis monthly charge, what is that'], ['count', '30 boxes fill the whole garage'], ['lot', 'lot 7K22B bags leaking at the seam'], ['order', 'supply {order} short 6 drain bags'],
      ['lab', 'potassium 5.8 after the long weekend'], ['vitals', 'fluid gain 2.4 kg between runs'], ['brand', 'mrs. dash instead of salt, ok for dialysis?'], ['weekday', 'deliveries only on {weekday}s?'],
      ['duration', 'treatment 6 nights a week, 8 hours each'], ['food', 'is mayo ok on the renal diet or too much sodium'],
      ['score', 'ALSFRS-R 34/48, down from 38'], ['vitals', 'FVC 58% sitting, 49% lying down'], ['drug', 'riluzole 50 mg twice a day, liver tests when?'], ['drug', 'radicava or relyvrio, which did they approve'],
      ['icd', 'G12.21 on the wheelchair order'], ['hcpcs', 'E2510 speech device, how long does approval take'], ['hcpcs', 'E0482 cough assist rental'], ['vitals', 'the tube is 20 Fr and the balloon has 5 ml'],
      ['word', 'he can still sign with his right hand, barely'], ['song', 'dad wants amazing grace at the end, the chaplain asked'],
      ['wound', 'ulcer 1.2 x 0.8 cm, probe to bone negative'], ['icd', 'E11.621 and L97.512 on the wound claim'], ['cpt', '11042 debridement every single visit?'],
      ['hcpcs', 'A5500 shoes and A5512 inserts, 3 pairs a year'], ['lab', 'A1c 9.4, foot clinic says that slows healing'], ['vitals', 'ABI 0.72 on the left'],
      ['brand', 'crocs or new balance until the diabetic shoes come'], ['word', 'pins and needles in both feet when my sugar is high'],
      ['hcpcs', 'L5301 below knee socket, is the liner separate'], ['hcpcs', 'L1906 AFO or L1970, which did they bill'], ['count', 'shrinker sock 3 ply or 5 ply'], ['brand', 'c-leg or genium, whats the difference'],
      ['vitals', 'residual limb shrank 2 cm, socket feels loose'], ['word', 'the foot shell squeaks when i walk fast'], ['ratio', 'insurance pays 80/20 on the knee?'],
      ['score', 'PCL-5 was 44, is that ptsd'], ['dose', 'sertraline 100 mg, going up to 150?'], ['lab', 'lithium level 0.8 last week'], ['cpt', '90791 intake vs 90834 follow ups'],
      ['code', 'modifier 95 on the telehealth claim, is that right'], ['word', '988 is for crisis right, not refills'], ['drug', 'lexapro or wellbutrin for the winter slump'],
      ['show', 'therapist said less doom tv, i mostly rewatch the office anyway'], ['word', 'the wifi in the clinic back room is bad, should i bring a hotspot'],
      ['vitals', 'pre feed 4.10 kg, post feed 4.16 kg, so 60 ml?'], ['dose', 'fenugreek 3 caps 3 times a day, too much?'], ['brand', 'spectra or medela for a first pump'], ['size', 'flange 21 mm or 24 mm, it pinches'],
      ['hcpcs', 'E0603 breast pump covered?'], ['brand', 'mothers milk tea or the lactation cookies, which works'], ['vitals', 'baby was 7 lb 4 oz at the check, birth weight 7 lb 11 oz'],
      ['count', '8-12 feeds a day is so many'], ['name-word', 'honey on the pacifier is a no for newborns right'], ['word', 'supply dipped after my period came back'],
      ['tooth', 'tooth K has a cavity, its a baby tooth, do we even fill it'], ['cdt', 'D1206 fluoride varnish and D1351 sealants the same visit?'], ['cdt', 'SDF D1354 turns the spot black?'],
      ['dose', 'nitrous 30% for 10 min'], ['brand', 'gummy bears and goldfish crackers, bad for cavities?'], ['song', 'they played baby shark the whole cleaning lol'],
      ['show', 'she only calms down with bluey on the ceiling tv'], ['price', 'space maintainer {price} out of pocket?'],
      ['lab', 'hemoglobin 12.3, deferred again, need 12.5'], ['duration', 'whole blood every 56 days, platelets every 7 days?'], ['count', '24 platelet donations a year max?'],
      ['word', 'O negative, they call me constantly'], ['vitals', 'pulse was 102, too high to donate they said'], ['brand', 'is gatorade ok before donating plasma'],
      ['weekday', 'blood drive {weekday} at the rec center?'], ['room', 'chair 6 at the donor center, the tv was broken'], ['name-word', 'i will give double reds this time if thats fine'],
      ['name-word', 'drew 6 tubes and i still felt fine'],
      ['cpt', '99204 for a 10 minute visit? should be 99202'], ['hcpcs', 'S9083 global fee plus a facility fee?'], ['cpt', '99051 after-hours charge, it was 5pm'],
      ['price', 'facility fee $350 on top of $185'], ['name-word', 'i will sue if they send this to collections'], ['name-word', 'good faith estimate said way less'],
      ['name-word', 'the bill says adjustments pending, what does that mean'], ['invoice', '{invoice} is the urgent care one, pls hold it'], ['ticket', 'complaint {ticket} still open'],
      ['planname', 'my {planname} should cover urgent care at $75'],
      ['icd', 'U09.9 on the disability form'], ['vitals', 'HR 128 standing vs 78 lying, 10 minute stand test'], ['vitals', '6 min walk 380 m, they said low'], ['dose', 'LDN 1.5 mg at night for fatigue'],
      ['drug', 'paxlovid rebound was worse than the first time'], ['brand', 'LMNT packets or liquid iv for POTS'], ['word', 'brain fog so bad i put my keys in the fridge'],
      ['duration', 'crashed for 3 days after one grocery trip'], ['show', "binged all of grey's anatomy while bedbound lol"], ['show', 'watched house all night and now i think i have lupus'],
      ['drug', 'descovy or truvada, which one has less bone stuff'], ['drug', 'apretude shot every 2 months, does it hurt'], ['hcpcs', 'J0739 on my EOB, is that the shot'],
      ['lab', 'creatinine 0.9, still ok for truvada?'], ['lab', '4th gen antigen/antibody negative, next test in 3 months'], ['icd', 'Z20.6 on my claim, does that mean exposure?'],
      ['word', 'will my parents see PrEP on the EOB if im on their plan'], ['holiday', 'pride month clinic hours?'],
      ['dose', 'estradiol valerate 20 mg/mL, 0.25 mL weekly'], ['dose', 'T cyp 200 mg/mL, 0.5 mL every week'], ['dose', 'spiro 100 mg and i pee all day'], ['icd', 'F64.0 on the letter, does insurance need that'],
      ['word', 'how do i update my pronouns in the portal'], ['word', 'which name prints on the pharmacy label, legal or preferred?'], ['lab', 'estradiol 180 pg/mL, T under 50'],
      ['word', 'can h-2a workers use the clinic too'], ['duration', 'we pick for 10 weeks then move north'], ['word', 'heat rash from the strawberry rows'], ['state', 'next stop is {state}, does the program follow us'],
      ['word', 'is the sliding scale based on weekly pay or yearly'],
      ['dose', "botox 20 units glabella, 12 for crow's feet"], ['count', '1 syringe of juvederm for lips'], ['price', 'filler is $700 a syringe?'], ['brand', 'la roche-posay or cerave after the peel'],
      ['brand', "paula's choice bha before laser, yes or no"], ['vitals', 'spf 50 every 2 hours after ipl'], ['cpt', '17110 wart removal, is that cosmetic?'], ['name-word', 'derm says the sun damage is from summers at the lake'],
      ['price', 'stipend $1,950 a week, is it taxable'], ['duration', '13 week contract, extension possible'], ['room', 'floating to 4 west, 6 south and the ICU'], ['count', '36 hours a week, three 12s'],
      ['word', 'does the agency cover the compact license fees'], ['time', 'night shift 1900 to 0730'],
      ['plancode', 'silver 94 CSR or bronze HSA, which is better for us'], ['plancode', 'HIOS plan 12345TX0010001-04, is that the one with dental'], ['plancode', 'part D plan S5884-123 drops my inhaler next year'],
      ['price', 'APTC $412 a month, FPL 138%'], ['planname', 'is {planname} on the marketplace in our county'], ['word', 'special enrollment after losing job coverage, how long do i have'],
      ['year', 'income estimate for {year}'], ['plancode', 'BIN 004336 PCN ADV on my rx card, is that the plan or me'],
      ['word', 'how many certified copies of the death certificate do families usually need'], ['count', '10 copies at $20 each'], ['word', 'cremation vs burial, does the doctor sign either way'],
      ['song', 'mom wanted ave maria and hallelujah at the service'], ['holiday', 'can the service be after thanksgiving or is that too long'], ['word', 'the casket spray of white roses was beautiful, thank you'],
      ['gate', 'gate code 2468# didnt work, is it new'], ['time', 'delivery window 2-6pm, came at 7:15'], ['count', '3 bags and 1 cold pack'], ['word', 'driver says signature required for the controlled one'],
      ['weekday', 'no deliveries on {weekday}?'], ['order', 'delivery {order} shows delivered but its not here'], ['tracking', '{tracking} stuck on out for delivery'],
      ['brand', 'dr pepper zero ok for my kidneys?'], ['brand', 'jimmy dean sausage has so much sodium'], ['brand', 'little debbie cakes for a low, or juice'], ['brand', "ben & jerry's after the extraction?"],
      ['brand', "papa john's on cheat day, how bad"], ['brand', "marie callender's pot pie sodium is insane"], ['brand', 'sara lee bread carb count'],
      ['song', "stayin' alive is the cpr beat right"], ['song', 'sweet caroline at the game made my heart race lol'], ['song', 'jolene was stuck in my head the whole mri'],
      ['show', 'the good doctor is not realistic at all'], ['team', 'dallas cowboys game gave me chest pain lol'], ['team', 'can i go to the lakers game with the picc line'], ['team', 'yankees cap covers the scar'],
      ['team', 'red sox tickets, can i walk that far with the new knee'],
      ['holiday', 'is urgent care open on memorial day'], ['holiday', 'labor day hours for the donor center?'], ['holiday', 'christmas eve pharmacy hours'], ['holiday', "new year's eve is my last day of PrEP pills"],
      ['holiday', 'thanksgiving on a dialysis diet, what can i even eat'], ['holiday', 'good friday, closing early?'], ['holiday', 'super bowl sunday, can i have wings on the renal diet'],
      ['month', 'may i wear the retainer only at night now'], ['month', 'can i march in the parade with the prosthetic'], ['weekday', 'sunday scaries before the infusion every week'],
      ['city', 'nashville hot chicken burned the sore in my mouth'], ['city', 'philadelphia cream cheese on a renal diet?'], ['city', 'brazil nuts for selenium, how many'], ['city', 'belgian waffle vs pancakes for carbs'],
      ['city', 'swedish massage ok after the socket fitting?'], ['city', 'german shepherd service dog in the waiting room ok?'], ['city', 'french toast sticks at school breakfast, too much sugar'],
      ['city', 'cuban coffee and palpitations'], ['city', 'turkey sandwich is my lunch every day, sodium?'], ['city', 'jerusalem artichoke for blood sugar, myth?'], ['city', 'chicago dog on dialysis, lol no right'],
      ['city', 'new england clam chowder high in potassium?'],
      ['surname-word', 'the line was so long at the donor center'], ['surname-word', 'young kids in the waiting room coughing everywhere'], ['surname-word', 'food banks near the camp run out fast'],
      ['surname-word', 'the fields are sprayed on mondays, is that safe'], ['surname-word', 'brown rice or white rice on the renal diet'], ['surname-word', 'kidney stone or just back pain?'],
      ['surname-word', 'small bruise where they drew blood'], ['surname-word', 'strong smell from the dialysate, normal?'], ['surname-word', 'sharp pain in the heel when i stand'],
      ['surname-word', 'moody teen wont wear her elastics'], ['surname-word', 'cross my fingers the appeal works'], ['surname-word', 'lamb or chicken for protein on dialysis'],
      ['surname-word', 'salmon twice a week ok with the phosphorus'], ['surname-word', 'black pepper instead of salt'],
      ['name-word', 'ginger ale for the nausea after the shot?'], ['name-word', 'sage tea for drying up milk, does it work'], ['name-word', 'olive oil on the dry skin around the stump'],
      ['name-word', 'sunny out, do i need spf after the laser'], ['name-word', 'rob me blind why dont you, $90 for a retainer case'], ['name-word', 'pat it dry after the shower, right?'],
      ['name-word', 'chase the pill with a full glass of water?'], ['word', 'thank u!!'], ['word', 'got it, thx'], ['word', 'ok 👍'], ['word', 'anyone there? been waiting 20 min'],
      ['agelow', 'my daughter is {agelow}, can she consent to PrEP herself'], ['agelow', 'braces at {agelow}, too late?'], ['version', 'aligner app {version} crashes'],
      ['cpt', '{cpt} on the ortho bill'], ['icd', '{icd} on the foot clinic paperwork'], ['ndc', 'the pharmacy shows {ndc} for my PrEP'], ['lab', '{lab} from the donor screen'],
      ['bp', '{bp} after the stand test'], ['dose', '{dose} of the new med with food?'], ['confirmation', 'broker gave me {confirmation} for the application'], ['pain', '{pain} in the heel today'],
    ],
    es: [
      ['elastic', 'las ligas de 3/16 de 6 onzas todo el día, o las de 1/4 solo de noche?'], ['count', 'alineador 14 de 22, me lastiman las encías'], ['cdt', 'D8080 es todo el tratamiento o solo el primer año?'],
      ['price', 'el retenedor nuevo cuesta {price}?'], ['word', 'mi hijo no se quiere poner las ligas, qué hago'], ['holiday', 'rosca de reyes con brackets, se puede?'],
      ['lab', 'Kt/V 1.9 este mes, está bien?'], ['dose', '4 bolsas de dextrosa al 2.5%, de 5000 mL cada una'], ['hcpcs', 'A4720 o A4721 para la solución, cuál es la mía'],
      ['count', '30 cajas llenan toda la cochera'], ['lot', 'el lote 7K22B de bolsas se gotea'], ['lab', 'potasio 5.8 después del puente'], ['vitals', 'subí 2.4 kg entre sesiones'],
      ['surname-word', 'las torres de cajas de diálisis ya no caben en la sala'], ['weekday', 'solo entregan los {weekday}?'],
      ['score', 'ALSFRS-R 34/48, bajó de 38'], ['vitals', 'CVF 58% sentado'], ['drug', 'riluzol 50 mg dos veces al día'], ['icd', 'G12.21 en la orden de la silla'], ['hcpcs', 'E2510 el aparato para hablar, cuánto tarda'],
      ['word', 'ya casi no puede tragar, qué sigue'],
      ['wound', 'úlcera de 1.2 x 0.8 cm'], ['icd', 'E11.621 y L97.512 en el reclamo'], ['hcpcs', 'A5500 zapatos y A5512 plantillas'], ['lab', 'HbA1c 9.4, por eso no cierra?'], ['vitals', 'ITB 0.72 del lado izquierdo'],
      ['surname-word', 'caminé en la arena y se me llenó la herida'], ['surname-word', 'la mesa de curación está muy alta para mi papá'],
      ['hcpcs', 'L5301 el socket, el liner aparte?'], ['count', 'calcetín de 3 capas o de 5'], ['ratio', 'el seguro paga 80/20 la rodilla?'], ['word', 'el pie de la prótesis rechina al caminar'],
      ['surname-word', 'sube la sierra caminando con la prótesis, se puede?'],
      ['score', 'PCL-5 salió en 44'], ['dose', 'sertralina 100 mg, subimos a 150?'], ['lab', 'nivel de litio 0.8'], ['cpt', '90791 la primera y 90834 las demás?'], ['word', 'el 988 es para crisis, no para recetas verdad'],
      ['surname-word', 'en la sierra no hay señal para la consulta por video'],
      ['vitals', 'antes de comer 4.10 kg, después 4.16 kg'], ['dose', 'fenogreco 3 cápsulas 3 veces al día'], ['brand', 'spectra o medela para el primer extractor'], ['size', 'copa de 21 mm o de 24 mm'],
      ['hcpcs', 'E0603 el extractor lo cubren?'], ['name-word', 'la bebé está muy serena después de comer, es normal?'], ['name-word', 'la leche sale clara al principio, es normal?'],
      ['brand', 'atole o galletas marías para tener más leche?'],
      ['tooth', 'el diente K tiene caries, es de leche, se arregla?'], ['cdt', 'D1206 barniz de flúor y D1351 selladores el mismo día?'], ['dose', 'óxido nitroso al 30% por 10 minutos'],
      ['show', 'solo se calma viendo el chavo del 8'], ['brand', 'gansito y tajín en el recreo, pura caries'],
      ['lab', 'hemoglobina 12.3, no me dejaron donar, piden 12.5'], ['duration', 'sangre completa cada 56 días?'], ['word', 'soy O negativo, me llaman a cada rato'],
      ['brand', 'una cerveza victoria después de donar, se puede?'], ['room', 'sillón 6 del banco de sangre, la tele no servía'], ['name-word', 'qué linda la enfermera que me picó, ni lo sentí'],
      ['cpt', '99204 por 10 minutos? debería ser 99202'], ['hcpcs', 'S9083 más cuota de instalación?'], ['price', 'cuota de instalación de $350 más $185'], ['invoice', 'la {invoice} es la de urgencias'],
      ['ticket', 'la queja {ticket} sigue abierta'], ['planname', 'mi {planname} debería cubrir urgencias'], ['name-word', 'socorro, me mandaron a cobranza'],
      ['icd', 'U09.9 en la forma de incapacidad'], ['vitals', 'FC 128 de pie y 78 acostada'], ['dose', 'naltrexona 1.5 mg en la noche'], ['drug', 'paxlovid, el rebote fue peor'],
      ['word', 'la niebla mental está durísima, dejé las llaves en el refri'], ['duration', 'tres días en cama después de ir al súper'],
      ['drug', 'descovy o truvada, cuál es mejor'], ['drug', 'apretude cada 2 meses, duele?'], ['hcpcs', 'J0739 en mi EOB, es la inyección?'], ['lab', 'creatinina 0.9, sigo con truvada?'],
      ['word', 'mis papás van a ver la PrEP en el seguro?'], ['icd', 'Z20.6 en el reclamo, qué significa'],
      ['dose', 'valerato de estradiol 20 mg/mL, 0.25 mL cada semana'], ['dose', 'espironolactona 100 mg'], ['icd', 'F64.0 en la carta, lo pide el seguro?'], ['word', 'cómo cambio mis pronombres en el portal'],
      ['word', 'qué nombre sale en la etiqueta de la farmacia, el legal o el que uso?'], ['surname-word', 'se me cae el cabello con las hormonas'],
      ['word', 'los trabajadores con visa h-2a también se atienden?'], ['duration', 'pizcamos 10 semanas y luego nos vamos al norte'], ['word', 'salpullido por el calor en los surcos de fresa'],
      ['surname-word', 'en los campos no hay sombra ni agua'], ['state', 'la siguiente temporada es en {state}, el programa nos sigue?'], ['surname-word', 'agua de mora o de limón para el calor'],
      ['dose', 'bótox 20 unidades en el entrecejo'], ['count', '1 jeringa de ácido hialurónico para labios'], ['brand', 'la roche-posay o cerave después del peeling'], ['vitals', 'SPF 50 cada 2 horas'],
      ['surname-word', 'estoy calvo de la coronilla, el minoxidil sirve?'], ['surname-word', 'pan blanco o integral para la dieta'],
      ['price', 'estipendio de $1,950 a la semana'], ['duration', 'contrato de 13 semanas'], ['time', 'turno de noche de 19:00 a 07:30'], ['room', 'me mandan a 4 oeste y a la UCI'],
      ['plancode', 'plata 94 CSR o bronce con HSA?'], ['plancode', 'el plan 12345TX0010001-04 trae dental?'], ['price', 'crédito fiscal de $412 al mes'], ['year', 'estimado de ingresos para {year}'],
      ['planname', 'el {planname} está en el mercado de seguros?'],
      ['word', 'cuántas copias certificadas del acta se piden normalmente'], ['count', '10 copias a $20 cada una'], ['song', 'mi mamá quería el ave maría y cielito lindo en la misa'],
      ['holiday', 'el día de muertos le ponemos su altar'], ['holiday', 'la misa puede ser en semana santa?'], ['surname-word', 'los ramos de flores llegan a la funeraria o a la iglesia?'],
      ['name-word', 'la caridad de la parroquia ayudó con el funeral'], ['name-word', 'ángel de mi guarda, qué semana'], ['surname-word', 'una cruz de flores blancas para la tumba'],
      ['gate', 'el código del portón 2468# ya no sirve'], ['time', 'la ventana de entrega era de 2 a 6 y llegó a las 19:15'], ['count', '3 bolsas y 1 hielera'],
      ['order', 'el {order} dice entregado pero no está'], ['tracking', 'la {tracking} dice en camino desde ayer'],
      ['school', 'la enfermera de la escuela dice que hay piojos en todo el salón'], ['school', 'el examen de la vista es en el gimnasio de la escuela'], ['school', 'vacunas de sexto grado, cuáles son'],
      ['holiday', 'el día del niño hay feria de salud en la escuela?'], ['song', 'le cantamos las mañanitas a la enfermera de la escuela'], ['song', 'bailaron la bamba en el festival y se desmayó un niño'],
      ['team', 'juega chivas y el niño no quiere ir al dentista'], ['team', 'el partido del américa contra pumas, mi papá se puso rojo de coraje'], ['team', 'los tigres o los rayados, pura presión alta'],
      ['show', 'parece capítulo de la rosa de guadalupe'], ['show', 'mi mamá ve betty la fea en la diálisis'], ['show', 'maría la del barrio en la sala de espera otra vez'],
      ['holiday', 'en nochebuena cierran la farmacia temprano?'], ['holiday', 'domingo de ramos abren?'], ['holiday', 'el miércoles de ceniza hay ayuno, y mi insulina?'],
      ['brand', 'salsa valentina con la dieta renal, mucho sodio?'], ['brand', 'jugo del valle o agua natural para la lactancia'], ['brand', 'chocolate abuelita en las noches, mucha azúcar?'],
      ['brand', 'las tortillas tía rosa tienen mucha sal?'], ['brand', 'tampico o jugo de verdad para los niños'], ['food', 'ensalada rusa en la posada, con la diabetes'], ['food', 'queso de bola en navidad, cuánto'],
      ['food', 'tacos al pastor con brackets, se puede?'], ['city', 'un pastor alemán de servicio en la sala de espera?'],
      ['surname-word', 'la luna llena y la bebé no duerme'], ['surname-word', 'fuentes de proteína para ELA'], ['surname-word', 'mi hijo está muy delgado desde la cirugía'],
      ['surname-word', 'cordero o pollo en la dieta renal'], ['surname-word', 'el agua sale blanca del grifo, la puedo usar para la fórmula?'],
      ['name-word', 'la pastilla blanca o la rosa en la mañana'], ['name-word', 'remedios caseros para la tos de los niños'], ['name-word', 'alegría de amaranto para el lunch, se vale?'],
      ['name-word', 'con fe todo sale bien, gracias'], ['name-word', 'jesús, qué susto con la alarma de la máquina'], ['word', 'órale, gracias'], ['word', 'va'], ['word', 'sigue alguien ahí?'],
      ['agelow', 'mi hija tiene {agelow} años, puede pedir la PrEP sola?'], ['cpt', '{cpt} en la cuenta de ortodoncia'], ['icd', '{icd} en los papeles del pie'], ['ndc', 'la farmacia tiene {ndc}'],
      ['lab', '{lab} del donador'], ['bp', '{bp} después de la prueba de pie'], ['dose', '{dose} con comida?'], ['confirmation', 'el agente me dio {confirmation}'], ['version', 'la app {version} se traba'],
    ],
  },
  tails: {
    en: [' (lot 7K22B)', ' - Kt/V was 1.9', ', elastics 1/4 heavy btw', ', billed as {cpt} again', ' fyi A1c 9.4', ' (plan code S5884-123)', ' - delivery window {time}', ', gate code 2468#', ' — estradiol 20 mg/mL', ' (tooth K)', ' also {ticket} is still open'],
    es: [' (lote 7K22B)', ' - el Kt/V salió 1.9', ', ligas de 1/4 por cierto', ', otra vez con {cpt}', ' por cierto HbA1c 9.4', ' - entregan a las {time}', ', código del portón 2468#', ' (diente K)', ' y la {invoice} sigue sin pagar'],
  },
  greetings: {
    en: ['Morning all, ', 'Hiya, ', 'Hi, quick question - ', 'Heyo, ', 'Hey team, ', 'Hi hi, ', 'So um, '],
    es: ['Muy buen día, ', 'Quiubo, ', 'Hola, una consulta: ', 'Buenas, disculpe: ', 'Saludos, ', 'Perdón que moleste, ', 'Hola a todos, '],
  },
};
