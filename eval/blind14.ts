/**
 * A fifteenth, independent set of phrasings for the generator ("blind14"), written blind on
 * 2026-11-28 as the fourth session's second final validation set: its author read eval/ (generator,
 * values, score, run, holdout, blind2 … blind8), DESIGN.md §4 and the first 40 lines of
 * docs/evaluation.md, but did not open eval/blind9.ts … eval/blind13.ts (one grep over eval/blind*.ts
 * listed, by mistake, only the decoy-kind names of their negatives, no template text), nothing under
 * src/, test/, bench/ or scripts/, no other part of docs/, no git history, log or diffs, and the
 * engine was not run on it in any form (only the generator, to check that it loads and generates).
 * It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind8.ts: new situations
 * (hospital discharge planning and SNF placement, a home oxygen supplier, a hearing-aid center, a
 * wheelchair and power-chair repair service, a nutrition / diabetes self-management education
 * program, a seniors' vaccine clinic, a pediatric allergy clinic with oral food challenges, prenatal
 * class registration, a dental insurance plan, a second-opinion service, hospital chaplaincy
 * requests, an interpreter-services desk, a patient-advocate office, medical-records amendment
 * requests, the hospital parking office, a retail clinic inside a supermarket), new cue words for ids
 * ("discharge folder sticker", "hospital number", "audiology file", "participant #", "client id",
 * "the band on her wrist", "top right of every page", "the number on my dental card", "red white and
 * blue card", "subscriber", "HSA", "guarantor acct", "hearing instrument specialist license",
 * "interpreter certification", "state id", "the number under the battery door", "controller",
 * "concentrator serial", "loaner aids", "etiqueta de la carpeta", "número de hospital", "folio de
 * paciente", "identificación estatal", "la tapa de la pila") with typos in some of them ("soical",
 * "subcriber", "recrods", "physican", "hearring", "segruo social", "afliado", "expedinte"), ids with
 * no keyword at all, names in every position and case (message start, after verbs, lists,
 * parentheses, possessives, FWD/cc lines, sign-offs on the next line, all-caps messages, run-ons,
 * Spanglish), ages over 89 after new cue words (senior shot clinic, power chair, SNF, "at … ?",
 * "… yo female"), dates after new cue words (delivery, fitting, trial period, repair pickup, class
 * series, amendment submitted, permit good through, note dated), addresses for oxygen, batteries,
 * permits and packets (the values come from the generator's slots), phones and faxes with new cue
 * words (driver 10 min out, captioned phone, chaplain on call, CMN fax, efax), several identifiers
 * per message, and negatives: ordinary chat with look-alikes (O2 2 L/min, pulse dose 4, sats 91%,
 * dB losses, battery sizes 312/13, wheel and seat sizes 24 inch, 8x2, 18x18, carbs 45-60 g, portion
 * sizes 1/2 cup and 2/3 cup, 1800 kcal, dental coverage 100/80/50, tooth #30, Gleason 3+4=7, Ki-67,
 * IgE 14.2 kU/L, EpiPen 0.15 mg, wheal 8 mm, 90-day supply, 100 strips, ages 88 and 89, over 65,
 * level P3 spot 214, gate 4, store #0482, aisle 7, room B204, 5 West 412, HIM-12, 45 CFR 164.526,
 * CPT 92567/92550/97802/90750/90677/95004, HCPCS E1390/E0431/K0823/V5257/V5261/G0108/G0008, CDT
 * D1110/D0274/D2391, ICD J02.0, vaccine lot 7HX42, prices, times, counts, order/ticket/tracking/
 * invoice/confirmation numbers, drug and vaccine brands - Prevnar 20, Shingrix, Arexvy, Abrysvo,
 * Auvi-Q, leena, trinessa, philith, tri-lo-marzia, lessina, apri, velivet, estarylla - and words that
 * are given names: carol, candy, brandy, sherry, melody, harmony, destiny, hunter, mason, cole, gale,
 * misty; armando, gloria, serena, tomas, flor, mar, felicidad, ángel, rey) and a minority of harder
 * look-alikes (foods, brands and places named after people - caesar salad, eggs benedict, beef
 * wellington, earl grey, graham crackers, sloppy joes, shirley temple, arnold palmer, bloody mary,
 * oysters rockefeller, reuben, cobb salad, dr pepper, ben and jerrys, little debbie, mrs dash, jimmy
 * dean, betty crocker, chef boyardee, trader joes, marie callenders, baby ruth, heath bar, bologna,
 * gouda, philadelphia cream cheese, salsa valentina, galletas maría, mole doña maría, chocolate
 * abuelita, tequila don julio, jugo don simón, chorizo de pamplona, turrón de jijona, tarta de
 * santiago; songs - sweet caroline, jolene, hey jude, amazing grace, las mañanitas, la macarena,
 * cielito lindo, bésame mucho; sports - the packers, march madness, the world series, las chivas,
 * el atleti).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND14_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'discharge planner {first} said the SNF bed opens once he has 3 midnights, is that right?', 'case manager {name} is doing the discharge plan, who do i call when she is off',
        'the oxygen tech, {first}, swapped the concentrator but took the old tubing too', '{name} is out of portable tanks, only the big one left at the house',
        'hearing aid fitting for {name}, the left one whistles when she chews', 'audiologist {provider} wants a recheck in 2 weeks, any saturday slots',
        'wheelchair repair: {name}, the left caster wobbles and the joystick sticks', 'repair tech {first} came out for the power chair but brought the wrong battery',
        'class instructor {first} said to bring a food log, does a photo of my plate count', 'the dietitian, {provider}, gave me a carb list and i already lost it lol',
        'senior shot clinic: signing up {relative} and me for the shingles series', '{titled} got her RSV shot and now the whole arm is swollen, normal?',
        'allergy clinic - {name} broke out in hives at the food challenge, nurse {first} gave benadryl', 'my son {first} ate a cashew at lunch, epipen is with us, pls call back',
        'prenatal class sign up for me and my partner {name}', 'the childbirth ed teacher {first} said bring 2 pillows and a yoga mat, still true?',
        'dental plan question: {name} is my dependent, does she have ortho coverage', 'second opinion request, my oncologist is {provider} and i want another read of the pathology',
        'second opinion for {relative}, the surgeon {provider} wants to operate next week and we are scared', 'can a chaplain see {name} on 5 West tonight, he asked for a priest',
        "chaplain {first} prayed with mom yesterday, she'd like her back before the surgery", 'interpreter request: {name} speaks Mixteco, not spanish, pls send the right one',
        'the ASL interpreter {first} was wonderful, can we ask for her every time', 'paitent advocate: i want to file a complaint about {provider}, she never examined me',
        'advocate office, {first} told me to email the grievance but to who', 'records amendment - my chart lists {name} as emergency contact, we divorced, pls remove',
        'amend my record, the note by {provider} says i smoke and i never have', 'parking office: {name} has a disabled placard, can she use the valet for free',
        'the guy at the parking booth, {first}, said you validate tickets here', 'supermarket clinic - is {provider} working weekends?',
        'the nurse practitioner {name} at the grocery store clinic said follow up with my pcp', 'FWD from {name}: the oxygen company wants a new CMN signed',
        '{first} here, the grandson, helping grandma set up the hearring aid app', 'HI THIS IS {name} I NEED THE WHEELCHAIR BACK BEFORE THE WEEKEND',
        'ok so {first} and {first} from discharge both called me with different pickup times??', 'my wife ({name}) and i both want the high dose flu shot',
        'who is {name}? there is a sticker with that name inside my hearing aid case', "{first}'s food challenge got moved, is it peanut or egg first?",
        'pls thank {provider} and {first} for the second opinion call, it really helped', 'sent on behalf of {relative}, her arthritis is too bad to type',
        'see you thursday at class,\n{name}', 'interpreter for {titled} tomorrow at 9, she only speaks portuguese', 'cc {name} - dental claim for the crown',
        'my dad signs his texts as {first} but his chart is under {name}', 'can you tell {first} at the oxygen place that the driver left the gate open and the dog got out',
        'so {relative} is getting discharged today and nobody told {relative} and the SNF wants a call from {provider} before they accept her is that normal',
        'the hearing aid is for {name} not me, i am just the one who pays', 'thank you {first}!!! the chair rolls like new',
      ],
      es: [
        'la planeadora de alta, {first}, dice que mi papá sale con oxígeno', 'la trabajadora social {name} está viendo lo del asilo para cuando salga mi mamá',
        'el repartidor del oxígeno, {first}, nada más dejó el tanque chico', '{name} ya no tiene tanques portátiles, solo el concentrador',
        'ajuste de aparatos auditivos para {name}, el derecho pita mucho', 'la audióloga {provider} quiere revisión en 2 semanas',
        'reparación de silla de ruedas: {name}, la rueda delantera está floja', 'vino el técnico {first} a arreglar la silla eléctrica y trajo otra batería',
        'la instructora del curso de diabetes, {first}, pidió un diario de comidas', 'la nutrióloga {provider} me dio una lista de porciones y ya la perdí',
        'quiero anotar a {relative} para la vacuna del herpes zóster', '{titled} se puso la vacuna del VSR y tiene el brazo hinchado',
        'clínica de alergias: a {name} le salieron ronchas en la prueba de alimentos', 'mi hijo {first} comió nuez de la india en la escuela, ya le pusimos la epipen',
        'inscripción al curso prenatal para mí y mi pareja {name}', 'la maestra del curso de parto, {first}, dijo que lleváramos cojines',
        'seguro dental: {name} es mi dependiente, le cubren brackets?', 'segunda opinión: mi oncóloga es {provider} y quiero que otro patólogo revise',
        'puede el capellán visitar a {name} en el piso 5? pidió un sacerdote', 'el padre {first} le dio la unción a mi abuelo ayer, mil gracias',
        'intérprete para {name}, habla mixteco y no español', 'la intérprete {first} fue muy buena, la podemos pedir siempre?',
        'defensoría del paciente: quiero poner una queja contra {provider}', 'corrección del expediente: dice que {name} es mi contacto y ya nos divorciamos',
        'la nota de {provider} dice que fumo y nunca he fumado', 'estacionamiento: {name} tiene placa de discapacidad, puede usar el valet?',
        'el señor de la caseta, {first}, me dijo que aquí sellan el boleto', 'clínica del súper: {provider} atiende los domingos?',
        'reenviado de {name}: la compañía del oxígeno pide otra forma firmada', 'soy {first}, el nieto, le ayudo a mi abuela con la app de los aparatos',
        'HOLA SOY {name} NECESITO LA SILLA ANTES DEL FIN DE SEMANA', '{first} y {first} de altas me dieron horarios distintos',
        'mi esposa ({name}) y yo queremos la vacuna de dosis alta', 'quién es {name}? su nombre viene en el estuche de mis aparatos',
        'escribo por {relative}, con la artritis ya no puede escribir', 'saludos,\n{name}', 'díganle a {provider} y a {first} gracias por la llamada de la segunda opinión',
        'hola, soy {name}, my dentist says i need a crown, me la cubren?', 'a {relative} la dan de alta hoy y nadie nos avisó y el asilo quiere que {provider} les llame antes',
        'los aparatos son para {name}, yo nada más los pago', 'gracias {first}!! la silla quedó como nueva',
      ],
    },
    DATE: {
      en: [
        'discharge is planned for {date}, home oxygen has to be set up before that', 'the concentrator was delivered {date} and it already beeps all night',
        'hearing test on {date}, do i take the aids out the night before', 'trial period started {date}, can i still return them?', 'wheelchair went in for repair {date}, still not back',
        'can the repair tech come {date} between 8 and noon?', 'diabetes class 1 is {date}, class 2 the week after?', 'first shingles dose was {date}, when is the second due',
        'got the pneumonia shot {date} at the supermarket clinic', 'food challenge booked for {date}, stop the zyrtec 5 days before?', 'prenatal class series starts {date} and my due date is {date}',
        'dental cleaning {date}, is that my 2nd one this year?', 'second opinion consult {date}, do they need the slides by then', 'amendment request submitted {date}, you have 60 days right?',
        'the note dated {date} lists the wrong allergy', 'parking permit good through {date}?', 'chaplain came by {date}, can she visit again before discharge',
        '{dob} - calling about the hearing aid warranty', 'identity check for the records office: {dob}', 'she was born {dobRaw}, the shot clinic has her a year younger',
        'birthdate on the dental plan is off, should be {dobRaw}', 'admitted {date}, discharged {date}, why only 2 days of rehab', 'retail clinic visit {date}, never got the strep result',
        'need an interpreter {date} at 2pm', 'd.o.b {dobRaw} for the allergy clinic form', 'can we move the oxygen delivery from {date} to {date}', 'dob on the oxygen paperwork is wrong its {dobRaw} not what you have',
      ],
      es: [
        'el alta es el {date}, el oxígeno tiene que estar instalado antes', 'entregaron el concentrador el {date} y ya suena toda la noche', 'la audiometría es el {date}',
        'me adaptaron los aparatos el {date}, hasta cuándo los puedo devolver?', 'se llevaron la silla a reparar el {date} y nada', 'el técnico puede venir el {date} en la mañana?',
        'la primera clase de diabetes es el {date}', 'la primera dosis del zóster fue el {date}, la segunda cuándo?', 'me vacuné contra neumonía el {date} en la clínica del súper',
        'la prueba de alimentos es el {date}, suspendo el antihistamínico?', 'el curso prenatal empieza el {date} y mi fecha probable es el {date}',
        'limpieza dental el {date}, ya es la segunda del año?', 'la consulta de segunda opinión es el {date}', 'mandé la solicitud de corrección el {date}', 'la nota del {date} tiene mal mis alergias',
        'el permiso de estacionamiento vence el {date}?', '{dob}, es por la garantía de los aparatos', 'para archivo clínico, {dob}', 'nació el {dobRaw} pero en la clínica de vacunas lo tienen diferente',
        'en el seguro dental mi fecha de nacimiento está mal, es {dobRaw}', 'ingresó el {date} y sale el {date}', 'necesito intérprete el {date} a las 2',
        'lo vieron en la clínica del súper el {date} y no me dieron el resultado', 'cambien la entrega del oxígeno del {date} al {date}',
      ],
    },
    AGE_OVER_89: {
      en: [
        'my grandfather is {ageRaw}, can the chaplain come to the room', 'senior shot clinic - she is {ageRaw}, is the RSV shot ok at that age', 'hearing aids for a {ageRaw}-year-old, is the app too much for him',
        'power wheelchair for dad, {ageRaw} and cant walk to the bathroom anymore', 'discharge home on oxygen at {ageRaw}? who checks on him', 'second opinion: surgeon says too risky at {ageRaw}, we want another view',
        'great grandma just turned {ageRaw} and wants to join the diabetes class lol', 'pt {ageRaw} yo female, needs cantonese interpreter', '{age90}, lives alone, needs the oxygen set up',
        'she will be {ageRaw} on sunday, can the shot be given at home', 'HE IS {ageRaw} PLEASE SEND SOMEONE TO FIX THE CHAIR', 'pt age {ageRaw}, hard of hearing, speak slowly and face her',
        'is there a copay for people over 65? she is {ageRaw}', 'SNF wants to know if a {age90} resident can keep his own hearing aids',
      ],
      es: [
        'mi abuelo tiene {ageRaw}, puede pasar el capellán?', 'vacuna del VSR para una señora de {ageRaw}, sí se puede?', 'aparatos auditivos para un señor de {ageRaw} años',
        'silla eléctrica para mi papá, {ageRaw} años y ya no camina', 'darlo de alta con oxígeno a los {ageRaw}? quién lo cuida', 'segunda opinión: el cirujano dice que a los {ageRaw} es mucho riesgo',
        'mi bisabuela cumplió {ageRaw} y quiere ir al curso de diabetes', '{age90}, vive sola, necesita que le instalen el oxígeno', 'TIENE {ageRaw} AÑOS, MANDEN A ALGUIEN PARA LA SILLA',
        'paciente de {ageRaw}, no oye bien, hablarle despacio', 'mi suegra, de {ageRaw}, quiere la vacuna en casa', 'hay copago para mayores de 65? ella tiene {ageRaw}',
      ],
    },
    ADDRESS: {
      en: [
        'deliver the oxygen concentrator to {address}, knock loud, she is hard of hearing', 'discharge to my daughters house at {address}, not his apartment', 'wheelchair pickup at {address}, the ramp is around back',
        'mail the hearing aid batteries to {address}', 'is there a senior shot clinic closer to {city}?', 'we are in {city}, do you do home visits for chair repairs',
        'ship the replacement tanks to {address}', 'prenatal classes still held at {address}?', 'the records office has my old address, new one is {address}', 'allergy clinic nearest {zipRaw}?',
        'in-network dentists around zip {zipRaw}', 'update the dental plan mailing address: {address}', 'the second opinion packet went to {address}, wrong house', 'which supermarket clinic is near {city}',
        'parking office mailed the permit to {address}', '{zip} - any interpreter agencies nearby?', 'visiting from {city}, can i use the retail clinic', 'billing address for the wheelchair rental: {address}',
        'he will discharge to the SNF at {address}, send the oxygen there instead',
      ],
      es: [
        'entreguen el concentrador en {address}, toquen fuerte que no oye', 'va a salir a la casa de mi hija en {address}', 'recojan la silla en {address}, la rampa está atrás',
        'manden las pilas de los aparatos a {address}', 'hay clínica de vacunas para adultos mayores cerca de {city}?', 'estamos en {city}, hacen reparaciones a domicilio?',
        'manden los tanques de repuesto a {address}', 'en archivo clínico tienen la dirección vieja, la nueva es {address}', 'clínica de alergias más cerca del {zipRaw}?',
        'dentistas de la red por el código postal {zipRaw}', 'el seguro dental tiene que mandar la tarjeta a {address}', 'la carpeta de la segunda opinión llegó a {address}, no es mi casa',
        'qué clínica del súper queda por {city}?', 'dirección de facturación de la renta de la silla: {address}', 'vengo de {city} de visita, me atienden en la clínica del súper?',
        'sale al asilo de {address}, manden el oxígeno allá',
      ],
    },
    PHONE: {
      en: [
        'oxygen driver should call {phoneRaw} when he is 10 min out', 'hearing center keeps calling my landline, use my cell {phoneRaw}, i can read texts', 'wheelchair shop said text photos to {phoneRaw}, is that you guys?',
        'call my son for the discharge meeting, {phoneRaw}', 'chaplain on call? the card says {phoneRaw} but no answer', 'interpreter should call the patient directly at {phoneRaw}, not me',
        '{phone} - for the food challenge reminders', 'best # for the prenatal class is {phoneRaw} (my partner)', 'the advocate office voicemail said call back at {phoneRaw}',
        'reach mom at {phoneRaw}, she has a captioned phone', 'parking garage intercom told me to call {phoneRaw}', 'home {phoneRaw} / mobile {phoneRaw}, either is fine',
        'the dental plan number on my card goes to a pizza place lol, i called {phoneRaw}',
      ],
      es: [
        'que el chofer del oxígeno me llame al {phoneRaw} antes de llegar', 'en la tienda de aparatos me llaman al fijo, mejor al cel {phoneRaw}', 'el taller de sillas dice que mande fotos al {phoneRaw}',
        'llamen a mi hijo para la junta de alta, {phoneRaw}', 'el capellán de guardia? tengo {phoneRaw} y no contesta', 'que la intérprete llame directo a mi mamá al {phoneRaw}',
        '{phone} para los recordatorios de la clínica de alergias', 'para el curso prenatal mejor el {phoneRaw}, es de mi pareja', 'la defensoría me dejó recado que regresara la llamada al {phoneRaw}',
        'fijo {phoneRaw} o celular {phoneRaw}, cualquiera', 'mi mamá tiene teléfono con subtítulos, es el {phoneRaw}',
      ],
    },
    FAX: {
      en: [
        'fax the oxygen CMN to the supplier at {faxRaw}', 'the SNF wants the discharge summary faxed to {faxRaw}', 'dental claim attachments go to fax {faxRaw}?',
        'second opinion office takes the path report only by fax, {faxRaw}', 'records amendment form can be faxed to {faxRaw} right', 'wheelchair repair needs the doctor order faxed over, {faxRaw}',
        '{fax} - audiology, attn hearing aid orders', 'efax for the allergy clinic is {faxRaw}?',
      ],
      es: [
        'manden la forma del oxígeno al fax del proveedor {faxRaw}', 'el asilo pide el resumen de alta por fax al {faxRaw}', 'los anexos del reclamo dental van al fax {faxRaw}?',
        'la solicitud de corrección se puede mandar por fax al {faxRaw}', 'el taller pide la orden médica por fax, {faxRaw}', '{fax}, audiología, pedidos de aparatos', 'fax de la segunda opinión: {faxRaw}',
      ],
    },
    EMAIL: {
      en: [
        'send the discharge instructions to {email}, i am the one doing his meds', 'hearing aid app invite to {email}', 'class handouts for the diabetes program to {email} pls',
        'the vaccine record from the senior clinic can go to {email}', 'food challenge consent form to {email}', 'second opinion report - email it to {email} and to my oncologist',
        'records amendment confirmation to {email}', 'my grievance came from {email}, did the advocate get it', 'receipt for the parking pass to {email}',
      ],
      es: [
        'las instrucciones de alta a {email}, yo le doy las medicinas', 'la invitación de la app de los aparatos a {email}', 'el material del curso de diabetes a {email}',
        'la cartilla de vacunación a {email}', 'el consentimiento de la prueba de alimentos a {email}', 'el informe de la segunda opinión a {email}', 'el recibo del estacionamiento a {email}',
      ],
    },
    URL: {
      en: [
        'the prenatal class signup is at {url}? it says page not found', 'uploaded the pathology report to {url} for the second opinion', 'hearing aid remote fitting link {url} wont load',
        'wheelchair photos are here {url}', 'the amendment form at {url} is the old version', 'is {url} really the dental plan portal or a scam', "my son's allergy action plan is at {url}",
      ],
      es: [
        'la inscripción al curso prenatal está en {url}? sale error', 'subí el reporte de patología a {url} para la segunda opinión', 'el link del ajuste remoto {url} no abre',
        'las fotos de la silla están aquí {url}', 'la forma de corrección en {url} es vieja', 'es {url} el portal del seguro dental o es fraude?',
      ],
    },
    IP_ADDRESS: {
      en: [
        'the concentrator wifi module shows {ip}, support asked for it', 'hearing aid app error: cannot reach server from {ip}', 'records portal locked me out, my ip is {ip}',
        'login alert on my dental plan account from {ip}, wasnt me', 'the supermarket clinic kiosk says offline, {ip}', 'class video stream blocked at {ip}',
      ],
      es: [
        'el módulo wifi del concentrador marca {ip}', 'la app de los aparatos dice que no conecta desde {ip}', 'el portal de archivo me bloqueó, mi ip es {ip}',
        'aviso de inicio de sesión en mi seguro dental desde {ip}, no fui yo', 'el kiosco de la clínica del súper dice {ip} sin conexión',
      ],
    },
    SSN: {
      en: [
        'discharge planner needs his social for the SNF application, {ssnRaw}', 'hearing aid financing asked for my soical {ssnRaw}, is that normal', 'dental plan enrollment: dependent social {ssnRaw}',
        'the 9 digits they asked for at the senior clinic: {ssnRaw}', 'oxygen supplier billing wants the subscriber ss# {ssnRaw}', 'patient advocate form asks for social, {ssnRaw}',
        'records office verified me with {ssn}', '{ssn} - wheelchair assistance program form', 'no social, i have an itin: {ssnRaw}',
      ],
      es: [
        'la planeadora de alta pide el segruo social de mi papá para el asilo, {ssnRaw}', 'el financiamiento de los aparatos pidió mi social {ssnRaw}, es normal?',
        'inscripción al seguro dental: social del dependiente {ssnRaw}', 'los 9 dígitos que me pidieron en la clínica de vacunas: {ssnRaw}', 'la forma de la defensoría pide seguro social, {ssnRaw}',
        '{ssn}, para el programa de ayuda de la silla',
      ],
    },
    MRN: {
      en: [
        'the discharge folder sticker says {mrnRaw}', 'hospital number {mrnRaw}, 5 West, chaplain request', 'recrods amendment for patient {mrnRaw}', 'audiology file {mrnRaw}',
        'allergy clinic chart {mrnRaw}, the challenge result isnt posted', 'second opinion, pt {mrnRaw}', 'the band on her wrist reads {mrnRaw}, she wants communion', 'retail clinic patient number {mrnRaw}',
        'diabetes program participant # {mrnRaw}', 'interpreter request for the visit under {mrnRaw}', 'it is {mrnRaw} on the top right of every page of my records', 'vaccine clinic client id {mrnRaw}',
      ],
      es: [
        'la etiqueta de la carpeta de alta dice {mrnRaw}', 'número de hospital {mrnRaw}, piso 5, pide capellán', 'corrección del expedinte del paciente {mrnRaw}', 'expediente de audiología {mrnRaw}',
        'número de paciente en la clínica de alergias {mrnRaw}', 'la pulserita de mi mamá dice {mrnRaw}, quiere comulgar', 'folio de paciente de la clínica del súper {mrnRaw}',
        'número de participante del programa de diabetes {mrnRaw}', 'sale {mrnRaw} arriba a la derecha en todas las hojas',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'dental plan subcriber {planRaw}, is the crown 50% or 80%', 'the number on my dental card: {planRaw}', 'oxygen rental billed under {planRaw}, part B', 'hearing aid benefit on {planRaw}?',
        'is the wheelchair repair covered by {planRaw}', 'diabetes self-management class billed to {planRaw}', 'shingles shot under part d {planRaw}, pharmacy says bill medical', 'allergy testing precert for {planRaw}',
        'prenatal classes free with {planRaw}?', 'second opinion covered at 100% on {planRaw}?', 'SNF days left on {planRaw}', 'red white and blue card: {planRaw}',
        'supermarket clinic took my card, {planRaw}, then said out of network',
      ],
      es: [
        'seguro dental, titular {planRaw}, la corona es 50 o 80%?', 'el número de mi tarjeta dental: {planRaw}', 'la renta del oxígeno se factura a {planRaw}', 'los aparatos auditivos los cubre {planRaw}?',
        'la reparación de la silla la cubre {planRaw}?', 'las clases de diabetes van a {planRaw}', 'la vacuna del zóster con parte D {planRaw}', 'precertificación de pruebas de alergia, {planRaw}',
        'el curso prenatal es gratis con {planRaw}?', 'numero de afliado {planRaw}, la segunda opinión la cubren al 100%?',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'hospital bill from the discharge, guarantor acct {acctRaw}', 'take the monthly concentrator rental from checking {acctRaw}', 'hearing aid payment plan is on account {acctRaw}',
        'HSA {acctRaw} should pay the dental crown', 'parking office says my monthly pass is on account {acctRaw}, i cancelled it', 'was the wheelchair repair applied to acct {acctRaw}?',
        'deposit the class refund into savings {acctRaw}', 'patient balance {acctRaw}, the advocate said it would be written off',
      ],
      es: [
        'cuenta del hospital por el alta, {acctRaw}', 'cobren la renta del concentrador de mi cuenta {acctRaw}', 'el plan de pagos de los aparatos está en la cuenta {acctRaw}',
        'la cuenta de ahorro para salud {acctRaw} paga la corona', 'depositen el reembolso del curso en {acctRaw}', 'saldo del paciente {acctRaw}, la defensoría dijo que lo condonaban',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'hearing instrument specialist license {licRaw} on the receipt', 'my state id {licRaw}, no drivers license since the stroke', 'parking office wanted my license for the permit, {licRaw}',
        'interpreter certification {licRaw} on the invoice, is she certified?', 'retail clinic NP license {licRaw}, is she legit', 'passport {licRaw}, i am visiting and need the clinic',
        'dentist license number {licRaw} for the claim appeal', 'the pain med rx from discharge has DEA {licRaw} but the pharmacy says invalid',
      ],
      es: [
        'licencia del especialista en audífonos {licRaw} en el recibo', 'mi identificación estatal {licRaw}, ya no manejo', 'para el permiso de estacionamiento pidieron mi licencia, {licRaw}',
        'cédula de la enfermera de la clínica del súper {licRaw}', 'pasaporte {licRaw}, estoy de visita', 'el número de licencia del dentista {licRaw} para la apelación',
      ],
    },
    NPI: {
      en: [
        'ordering physican NPI for the oxygen certificate {npiRaw}', 'audiologist npi {npiRaw}', 'dentist NPI {npiRaw} on the predetermination', 'second opinion oncologist, npi {npiRaw}',
        'the allergist {npiRaw} has to be on the referral',
      ],
      es: ['NPI del médico que ordena el oxígeno {npiRaw}', 'npi de la audióloga {npiRaw}', 'npi del dentista {npiRaw} en la predeterminación', 'el alergólogo es {npiRaw} en la referencia'],
    },
    VEHICLE_ID: {
      en: [
        'parking office: monthly permit for {vehicleRaw}', 'my car {vehicleRaw} got a ticket in the ER drop-off lane', 'the wheelchair van {vehicleRaw} is blocking the ramp',
        'oxygen delivery truck {vehicleRaw} backed into my mailbox', 'valet lost the keys to {vehicleRaw}', 'discharge pickup, we will be in a silver suv {vehicleRaw}',
        'can the supermarket clinic validate parking for {vehicleRaw}',
      ],
      es: [
        'estacionamiento: permiso mensual para {vehicleRaw}', 'a mi carro {vehicleRaw} le pusieron multa en urgencias', 'la camioneta del oxígeno {vehicleRaw} tumbó el buzón',
        'el valet perdió las llaves del {vehicleRaw}', 'para el alta vamos en una camioneta gris {vehicleRaw}',
      ],
    },
    DEVICE_ID: {
      en: [
        'concentrator serial {deviceRaw}, alarm light stays on', 'left hearing aid {deviceRaw}, right one is fine', 'power chair controller {deviceRaw} shows error 7',
        'the number under the battery door is {deviceRaw}', 'glucose meter from the class, {deviceRaw}, reads HI', 'portable oxygen unit {deviceRaw} wont hold a charge',
        'pulse ox they gave us at discharge {deviceRaw}', 'loaner aids {deviceRaw} go back when?',
      ],
      es: [
        'serie del concentrador {deviceRaw}, no se apaga la alarma', 'el aparato izquierdo {deviceRaw}, el derecho bien', 'el control de la silla eléctrica {deviceRaw} marca error 7',
        'el número debajo de la tapa de la pila es {deviceRaw}', 'el glucómetro del curso, {deviceRaw}, marca HI', 'el oxímetro que me dieron al alta {deviceRaw}',
      ],
    },
    CREDIT_CARD: {
      en: [
        'put the hearing aid deposit on {cardRaw}', 'monthly oxygen rental on {cardRaw} please', 'parking pass auto-renews on {cardRaw}, stop it', 'prenatal class fee with {cardRaw}',
        'pay the wheelchair repair with {cardRaw}', 'supermarket clinic charged {cardRaw} twice', 'dental balance, {cardRaw}, i will give the cvv by phone',
      ],
      es: [
        'el anticipo de los aparatos con {cardRaw}', 'la renta del oxígeno a {cardRaw}', 'el pase de estacionamiento se cobra a {cardRaw}, cancélenlo', 'la cuota del curso prenatal con {cardRaw}',
        'la reparación de la silla con {cardRaw}', 'la clínica del súper me cobró dos veces a {cardRaw}',
      ],
    },
    IBAN: {
      en: [
        'refund the returned hearing aids to {ibanRaw}, i moved back to europe', 'i was only visiting, can the retail clinic refund to {ibanRaw}?', 'second opinion fee paid from my spanish account {ibanRaw}',
        'overpaid the dental bill, please wire it back to {ibanRaw}', 'pay for the wheelchair repair from {ibanRaw}',
      ],
      es: [
        'la devolución de los aparatos a {ibanRaw}, ya vivo en España', 'estaba de visita, me reembolsan a {ibanRaw}?', 'pago de la segunda opinión desde mi cuenta española {ibanRaw}',
        'pagué de más al dentista, devuélvanlo a {ibanRaw}', 'transferencia para la reparación de la silla desde {ibanRaw}',
      ],
    },
  },
  idFrames: {
    en: [
      'discharge planner asked me for {X}', 'the oxygen company on the phone wants {X}', 'hearing center intake sheet, top box: {X}', 'wheelchair shop needs {X} before they order parts',
      'vaccine clinic check-in kiosk asked {X}', 'interpreter desk form, line 2 - {X}', 'for the amendment request: {X}', 'advocate office needs {X} to open the complaint',
      'dental plan rep said to send {X} here', 'copied from the card: {X}', '{X} (that one is right, the other was a typo)', 'parking office wants {X}, why', 'sorry wrong chat lol but here: {X}',
      'CONFIDENTIAL - {X}',
    ],
    es: [
      'la planeadora de alta me pidió {X}', 'la compañía del oxígeno por teléfono quiere {X}', 'la hoja de ingreso de audiología, primer recuadro: {X}', 'el taller de sillas necesita {X} para pedir las piezas',
      'el kiosco de la clínica de vacunas pidió {X}', 'forma de intérpretes, renglón 2 - {X}', 'para la solicitud de corrección: {X}', 'la defensoría necesita {X} para abrir la queja',
      'el del seguro dental dijo que mandara {X} aquí', 'copiado de la tarjeta: {X}', '{X} (ese es el bueno, el otro estaba mal)', 'perdón, chat equivocado jaja pero aquí va: {X}', 'CONFIDENCIAL - {X}',
    ],
  },
  mixed: {
    en: [
      'discharge plan: {name}, {dob}, home O2 to {address}, daughter {phoneRaw}', 'oxygen setup for {name} ({ageRaw}), {plan}, ordering md {provider} {npi}',
      'hearing aid repair: {name}, left aid {deviceRaw}, ship back to {address}', 'wheelchair: {name}, {plan}, controller {deviceRaw}, call {phoneRaw}', 'diabetes class: {name}, {email}, starts {date}',
      'shot clinic: {name} {dobRaw}, {plan}, both doses', 'allergy: {name}, {dob}, parent {name}, {email}', 'prenatal class: {name} and {name}, due {date}, pay with {cardRaw}',
      'dental: {name}, subscriber {planRaw}, dependent {name}, {dob}', 'second opinion: {name}, {mrn}, slides to {address}, fax {faxRaw}',
      'chaplain request: {titled}, hospital number {mrnRaw}, family contact {phoneRaw}', 'interpreter: {name}, {dob}, Mixteco on {date}', 'advocate case: {name}, {email}, about {provider} on {date}',
      'amendment: {name}, {mrn}, {ssn}, {email}', 'parking: {name}, {vehicle}, {lic}, {cardRaw}', 'retail clinic refund for {name}, {iban}',
      'hi its {name}, {dob}, my new number is {phoneRaw} and i moved to {city}', '{name} discharged {date} to {address} on 2 L, supplier fax {faxRaw}, account {acctRaw}',
    ],
    es: [
      'plan de alta: {name}, {dob}, oxígeno a {address}, hija {phoneRaw}', 'instalación de oxígeno para {name} ({ageRaw}), {plan}, ordena {provider}',
      'reparación de aparatos: {name}, izquierdo {deviceRaw}, regresar a {address}', 'silla de ruedas: {name}, {plan}, control {deviceRaw}, tel {phoneRaw}', 'curso de diabetes: {name}, {email}, empieza el {date}',
      'vacunas: {name} {dobRaw}, {plan}, las dos dosis', 'alergias: {name}, {dob}, responsable {name}, {email}', 'curso prenatal: {name} y {name}, fecha probable {date}, pago con {cardRaw}',
      'dental: {name}, titular {planRaw}, dependiente {name}, {dob}', 'segunda opinión: {name}, {mrn}, laminillas a {address}', 'capellán: {titled}, número de hospital {mrnRaw}, familiar {phoneRaw}',
      'intérprete: {name}, {dob}, mixteco el {date}', 'corrección: {name}, {mrn}, {ssn}, {email}', 'estacionamiento: {name}, {vehicle}, tarjeta {cardRaw}',
      'hola soy {name}, my new cell es {phoneRaw} y me mudé a {city}',
    ],
  },
  negatives: {
    en: [
      // ordinary chat with look-alikes
      ['word', 'what time does the discharge lounge open'], ['word', 'can someone explain SNF vs home health in plain english'], ['count', 'the discharge med list has 14 items, is that right'],
      ['dose', 'home oxygen at 2 L/min while sleeping, 3 when walking?'], ['dose', 'pulse dose setting 4 on the portable, same as 4 liters?'], ['vitals', 'sats 91% on room air after the stairs'],
      ['hcpcs', 'E1390 concentrator rental, is there a 36 month cap'], ['hcpcs', 'E0431 portable tanks, how many per month'], ['count', 'we have 3 E cylinders left, when is the next delivery'],
      ['time', 'delivery window is {time} to {time}?'], ['order', 'oxygen refill {order} still pending'], ['lab', 'pO2 58 on the blood gas at discharge, does that qualify for oxygen'],
      ['price', 'the concentrator is {price} a month after insurance?'], ['vitals', 'right ear 45 dB loss, left 30 dB'], ['size', 'size 312 or size 13 batteries for the new aids'],
      ['cpt', '92567 tympanometry billed twice'], ['cpt', '92550 on the bill, what is that'], ['hcpcs', 'V5257 vs V5261, whats the difference on the quote'], ['version', 'hearing aid firmware {version}, the app says update'],
      ['price', 'the pair is $3,800 or $1,900 each?'], ['duration', 'the 45 day trial, does it count weekends'], ['word', 'can i shower with the hearing aids in'],
      ['size', 'need two 24 inch rear wheels and 8x2 casters'], ['hcpcs', 'K0823 power chair, is the repair covered'], ['count', 'battery is group 24, we need two'], ['ticket', 'repair {ticket}, the tech never came'],
      ['dims', 'seat is 18x18, cushion is 18x16'], ['word', 'the joystick only goes left, is that a repair or a replacement'], ['lab', 'A1c 8.4 going into the class, hoping for under 7'],
      ['dose', '45-60 g carbs per meal, 15-20 for snacks'], ['ratio', '1/2 cup of rice is one carb choice?'], ['ratio', '2/3 cup cereal on the portion list, is that dry'],
      ['cpt', '97802 or G0108, which one is the diabetes class billed under'], ['vitals', '1800 kcal plan with 25 g fiber'], ['lab', 'fasting {lab}'], ['word', 'is the class in english and spanish'],
      ['duration', 'Shingrix dose 2 is due 2 to 6 months after dose 1?'], ['cpt', '90750 shingles and 90677 pneumonia on the same day ok?'], ['hcpcs', 'G0008 flu admin, do i pay anything'],
      ['word', 'high dose flu or regular for someone over 65'], ['word', 'Prevnar 20 or the older two shot series'], ['word', 'is Arexvy the same as Abrysvo'],
      ['lot', 'vaccine lot 7HX42 on my card, is that the recalled one'], ['count', 'how many shots can a senior get at once, 3?'], ['lab', 'peanut IgE 14.2 kU/L, is that high for a 4 yr old'],
      ['dose', 'EpiPen Jr 0.15 mg or the regular 0.3 mg at 22 kg'], ['dims', 'skin prick wheal 8 mm, flare 20 mm'], ['cpt', '95004 x 40 allergens on the bill'],
      ['word', 'can we bring our own muffin for the baked egg challenge'], ['agelow', 'my daughter is {agelow}, can she carry her own auvi-q'], ['word', 'is the prenatal class for partners too'],
      ['count', 'is class 3 of 6 the breastfeeding one?'], ['week', 'i will be 28 weeks at the first class, too early?'], ['room', 'the class room is B204 or C204'], ['price', 'registration is {price}, refundable?'],
      ['cdt', 'D1110 cleaning twice a year, is a third one covered?'], ['cdt', 'D0274 bitewings every 12 months or 36'], ['cdt', 'D2391 on tooth #30, why not covered at 80%'],
      ['price', 'annual max $1,500, deductible $50'], ['ratio', '100/80/50 coverage, crown is major so 50%?'], ['word', 'is there a waiting period for implants'], ['confirmation', 'predetermination {confirmation}'],
      ['lab', 'Gleason 3+4=7, is a second opinion worth it'], ['lab', 'Ki-67 20%, tumor 2.1 cm'], ['vitals', 'BI-RADS 4 then benign, we want another read'], ['word', 'do you need the actual slides or just the report'],
      ['count', 'they have 12 blocks, do they send all of them'], ['word', 'can the chaplain come even if we are not religious'], ['word', 'is the chapel open at night'],
      ['room', 'room 5 West 412, bed by the window'], ['word', 'we need a rabbi, not a chaplain, is that possible'], ['word', 'is there an imam on call'],
      ['word', 'ASL interpreter for the delivery room, do i request ahead'], ['duration', 'interpreter needs 48 hours notice?'], ['count', 'language line had me on hold 11 minutes'],
      ['word', 'is Mixteco available or only spanish'], ['ticket', 'advocate case {ticket} no update'], ['duration', 'grievance answer in 7 days or 30 days?'],
      ['word', 'how do i file a complaint without getting my doctor in trouble'], ['form', 'the amendment form is HIM-12 or HIM-14?'], ['reg', '45 CFR 164.526 says you have 60 days'],
      ['word', 'you denied my amendment, can i add a statement of disagreement'], ['level', 'parking level P3, spot 214, which elevator'], ['price', 'daily max {price}, weekly pass $40?'],
      ['word', 'lost my parking ticket, will they charge the full day'], ['time', 'garage closes at {time}?'], ['room', 'gate 4 arm is broken again'], ['store', 'store #0482 clinic hours?'],
      ['aisle', 'is the clinic by aisle 7 or by the pharmacy counter'], ['price', 'sports physical $99, strep test extra?'], ['word', 'do you take walk-ins on sundays'],
      ['count', 'do i get 500 loyalty points for the flu shot lol'], ['icd', 'J02.0 strep, do i need a note for school'], ['duration', '90-day supply or 30?'], ['count', '100 test strips a month is not enough'],
      ['dose', 'lisinopril 10 mg and metformin 500 twice a day, same as before'], ['bp', '{bp} at the supermarket kiosk'], ['word', 'ok thank you so much'], ['word', 'got it'],
      ['word', 'is anyone there? been waiting 20 min'], ['weekday', 'open {weekday} for the vaccines?'], ['year', 'last tetanus was {year}'], ['agelow', 'she is 88, does she still need the shingles shot'],
      ['agelow', 'turning 89 next month, will the medicare plan change'], ['planname', '{planname} dental rider?'], ['tracking', 'hearing aid batteries {tracking}'], ['invoice', 'the wheelchair {invoice} is wrong'],
      ['ndc', 'shingles vaccine {ndc} in stock?'], ['icd', '{icd} on the oxygen paperwork'], ['drug', 'the supermarket pharmacy has leena but not trinessa, are they the same'],
      ['drug', 'philith or tri-lo-marzia, which is cheaper with the coupon'], ['drug', 'lessina vs apri for my teen, the retail clinic np said either'], ['drug', 'velivet or estarylla after the baby?'],
      ['word', 'the carol service in the chapel, can patients go'], ['word', 'candy as a reward in the diabetes class? really?'], ['word', 'brandy or sherry in the sauce, does that count as carbs'],
      ['word', 'the hearing aid plays a little melody when it turns on'], ['word', 'harmony between the two aids is off, one is louder'], ['word', 'my glasses get misty under the oxygen mask'],
      ['word', 'hunter green or black for the new wheelchair frame'], ['word', 'mason jar salads for the class potluck, good idea?'], ['word', 'cole slaw at the potluck, how many carbs'],
      ['word', 'gale force winds knocked the power out, concentrator off, using tanks'], ['word', 'it was destiny, the chair broke the day of the wedding'],
      // harder look-alikes: foods, brands and places named after people, songs, sports
      ['eponym', 'caesar salad dressing at the diabetes class, how many carbs'], ['eponym', 'eggs benedict for the baked egg challenge? no?'], ['eponym', 'beef wellington in the hospital cafeteria, seriously'],
      ['eponym', 'earl grey tea before the hearing test, ok?'], ['eponym', 'graham crackers for my kid at the allergy clinic, safe?'], ['eponym', 'sloppy joes at the senior center every friday'],
      ['eponym', 'shirley temple at the prenatal class party lol'], ['eponym', 'arnold palmer half and half, carbs?'], ['eponym', 'bloody mary mix has a ton of sodium right'],
      ['eponym', 'oysters rockefeller the night before my second opinion, i know i know'], ['eponym', 'reuben sandwich from the supermarket deli, bad for my BP?'], ['eponym', 'cobb salad ok on the carb list?'],
      ['brand', 'dr pepper zero at the diabetes class?'], ['brand', 'ben and jerrys vs little debbie, which is worse lol'], ['brand', 'mrs dash for low salt, the dietitian recommended it'],
      ['brand', 'jimmy dean sausage on the heart healthy list?'], ['brand', 'betty crocker sugar free cake mix for grandpa'], ['brand', 'chef boyardee has how much sodium'],
      ['brand', 'trader joes has the gluten free bread the class mentioned'], ['brand', 'marie callenders pot pie, carbs per serving'], ['brand', 'baby ruth bar at the allergy clinic has peanuts right'],
      ['brand', 'heath bar from the vending machine, carbs?'], ['place', 'bologna sandwich for the discharge lunch?'], ['place', 'gouda or cheddar for the kid with the milk allergy, neither?'],
      ['place', 'philadelphia cream cheese on a bagel, carb count'], ['song', 'the hearing aid cuts out every time sweet caroline comes on lol'], ['song', 'we sang jolene to grandma on 5 West, the nurses loved it'],
      ['song', 'hey jude on repeat during labor, is music allowed?'], ['song', 'can the chaplain play amazing grace on the chapel piano'], ['sports', 'packers game in the waiting room is too loud for my hearing aids'],
      ['sports', 'march madness on the TV in the SNF dayroom'], ['sports', 'the world series is on, can dad stay up past 10 at the SNF'],
    ],
    es: [
      // chat ordinario con parecidos
      ['word', 'a qué hora abre la sala de altas'], ['word', 'cuál es la diferencia entre asilo y enfermería en casa'], ['count', 'la lista de medicinas del alta tiene 14, está bien?'],
      ['dose', 'oxígeno a 2 L/min dormido y 3 caminando?'], ['vitals', 'saturación 91% al aire después de la escalera'], ['hcpcs', 'E1390 renta del concentrador, cuántos meses'],
      ['count', 'quedan 3 tanques E, cuándo entregan?'], ['time', 'la entrega es de {time} a {time}?'], ['order', 'el {order} del oxígeno sigue pendiente'], ['price', 'la renta del concentrador sale {price} al mes?'],
      ['vitals', 'pérdida de 45 dB en el oído derecho'], ['size', 'pilas 312 o 13 para los aparatos nuevos?'], ['cpt', '92567 timpanometría cobrada dos veces'], ['version', 'el firmware {version} de los aparatos'],
      ['duration', 'los 45 días de prueba cuentan fines de semana?'], ['word', 'me puedo bañar con los aparatos puestos?'], ['size', 'necesito dos ruedas traseras de 24 pulgadas y rodajas 8x2'],
      ['hcpcs', 'K0823 silla eléctrica, cubren la reparación?'], ['ticket', 'el {ticket} de la silla, el técnico nunca vino'], ['dims', 'el asiento es de 18x18, el cojín 18x16'],
      ['lab', 'HbA1c 8.4 al empezar el curso'], ['dose', '45-60 g de carbohidratos por comida'], ['ratio', '1/2 taza de arroz es una porción?'], ['ratio', '2/3 de taza de cereal en la lista de porciones'],
      ['cpt', '97802 o G0108, cómo se cobra el curso'], ['vitals', 'plan de 1800 kcal con 25 g de fibra'], ['lab', 'en ayunas {lab}'], ['cpt', '90750 zóster y 90677 neumococo el mismo día?'],
      ['word', 'dosis alta contra la influenza para mayores de 65?'], ['word', 'Prevnar 20 o el esquema de dos vacunas'], ['lot', 'el lote 7HX42 de la vacuna está retirado?'],
      ['lab', 'IgE de cacahuate 14.2 kU/L, es alto para 4 años?'], ['dose', 'EpiPen Jr 0.15 mg o la normal de 0.3 mg con 22 kg'], ['dims', 'roncha de 8 mm en la prueba cutánea'],
      ['cpt', '95004 por 40 alérgenos en la cuenta'], ['agelow', 'mi hija tiene {agelow} años, puede traer su propia auvi-q?'], ['word', 'el curso prenatal es también para el papá?'],
      ['count', 'la clase 3 de 6 es la de lactancia?'], ['week', 'voy a tener 28 semanas en la primera clase'], ['room', 'el salón es B204 o C204?'], ['price', 'la inscripción cuesta {price}, es reembolsable?'],
      ['cdt', 'D1110 limpieza dos veces al año, la tercera la cubren?'], ['cdt', 'D2391 en la muela 30, por qué no al 80%'], ['price', 'máximo anual $1,500, deducible $50'],
      ['ratio', 'cobertura 100/80/50, la corona es mayor entonces 50%?'], ['confirmation', 'predeterminación {confirmation}'], ['lab', 'Gleason 3+4=7, vale la pena otra opinión?'],
      ['lab', 'Ki-67 20%, tumor de 2.1 cm'], ['word', 'mandan las laminillas o solo el reporte?'], ['word', 'puede venir el capellán aunque no seamos religiosos?'], ['word', 'la capilla abre de noche?'],
      ['room', 'cuarto 412 del piso 5 oeste, cama junto a la ventana'], ['word', 'necesitamos un pastor evangélico, no un sacerdote'], ['duration', 'la intérprete necesita 48 horas de aviso?'],
      ['word', 'hay intérprete de lengua de señas para el parto?'], ['count', 'la línea de idiomas me tuvo 11 minutos en espera'], ['ticket', 'la queja {ticket} sin respuesta'],
      ['duration', 'responden la queja en 7 días o en 30?'], ['word', 'cómo pongo una queja sin meter en problemas a mi doctor'], ['form', 'la forma de corrección es la HIM-12 o la HIM-14?'],
      ['word', 'me negaron la corrección, puedo agregar una declaración de desacuerdo?'], ['level', 'estacionamiento nivel P3, lugar 214, cuál elevador'], ['price', 'máximo diario {price}, el pase semanal $40?'],
      ['word', 'perdí el boleto del estacionamiento, me cobran el día completo?'], ['time', 'el estacionamiento cierra a las {time}?'], ['store', 'horario de la clínica de la tienda #0482?'],
      ['aisle', 'la clínica está por el pasillo 7 o junto a la farmacia?'], ['price', 'examen físico deportivo $99, la prueba de estreptococo aparte?'], ['word', 'atienden sin cita los domingos?'],
      ['icd', 'J02.0 faringitis, necesito justificante para la escuela?'], ['duration', 'surtido de 90 días o de 30?'], ['count', '100 tiras al mes no me alcanzan'],
      ['dose', 'losartán 50 mg y metformina 850 igual que antes'], ['bp', '{bp} en la maquinita del súper'], ['word', 'muchas gracias'], ['word', 'va, ahí quedamos'], ['word', 'hay alguien? llevo rato esperando'],
      ['weekday', 'vacunan el {weekday}?'], ['year', 'la última antitetánica fue en {year}'], ['agelow', 'tiene 88, todavía necesita la vacuna del zóster?'], ['agelow', 'cumple 89 el mes que entra, cambia su plan?'],
      ['planname', 'el {planname} incluye dental?'], ['tracking', 'las pilas de los aparatos, {tracking}'], ['invoice', 'la {invoice} de la silla está mal'], ['ndc', 'tienen la vacuna {ndc}?'],
      ['icd', '{icd} en los papeles del oxígeno'], ['drug', 'en la farmacia del súper hay leena pero no trinessa, son iguales?'], ['drug', 'lessina o apri para mi hija, cuál es más barata'],
      ['word', 'estoy armando la silla nueva y me sobra un tornillo'], ['word', 'gloria a dios ya le dieron de alta'], ['word', 'la abuela está más serena con los aparatos'],
      ['word', 'tomas la pastilla antes o después de la clase?'], ['word', 'le llevé una flor a mi mamá al cuarto, se puede?'], ['word', 'un mar de papeles para el alta y no entiendo nada'],
      ['word', 'qué felicidad, ya camina con la andadera'], ['word', 'la enfermera de la noche es un ángel'], ['word', 'mi nieto se siente el rey con su silla nueva'],
      // parecidos más difíciles: comidas, marcas y lugares con nombre de persona, canciones, deportes
      ['eponym', 'ensalada césar en el curso de diabetes, cuántos carbohidratos'], ['brand', 'la salsa valentina tiene mucho sodio?'], ['brand', 'galletas maría para el niño alérgico, tienen huevo?'],
      ['brand', 'el mole doña maría es muy salado para mi papá'], ['brand', 'chocolate abuelita en la dieta del diabético?'], ['brand', 'un tequila don julio en la fiesta, con la metformina?'],
      ['brand', 'jugo don simón sin azúcar, se puede?'], ['place', 'chorizo de pamplona en la dieta baja en sal?'], ['place', 'turrón de jijona lleva almendra y mi hijo es alérgico'],
      ['place', 'la tarta de santiago lleva almendra, cuidado'], ['song', 'le cantamos las mañanitas a mi abuela en el cuarto'], ['song', 'con los aparatos ya oigo bien la macarena jaja'],
      ['song', 'mi papá pidió que le pusieran cielito lindo en la capilla'], ['song', 'bésame mucho en el curso prenatal para relajarse jaja'], ['sports', 'el partido de las chivas en la sala de espera está muy fuerte'],
      ['sports', 'puedo ver al atleti en la tele del cuarto?'],
    ],
  },
  tails: {
    en: [' (concentrator at 2 L/min)', ' - A1c 8.4 btw', ', level P3 spot 214', ' and they billed {cpt}', ' ({ndc})', ', tooth #30', ' - delivery window {time}', ' fyi sats 91%', ' (repair {ticket})', ', 90-day supply'],
    es: [' (concentrador a 2 L/min)', ' - la HbA1c salió 8.4', ', nivel P3 lugar 214', ' y cobraron {cpt}', ' ({ndc})', ', muela 30', ' - entregan de {time} a {time}', ' (saturación 91%)', ' y el surtido de 90 días'],
  },
  greetings: {
    en: ['Hi there team - ', 'Morning all, ', 'Hello, quick question. ', 'hiya ', 'Good afternoon, ', 'Pardon the interruption, ', 'yo '],
    es: ['Buenas tardes a todos, ', 'Qué onda, ', 'Hola, una consulta. ', 'Buen día equipo, ', 'Perdón que moleste, ', 'Holi ', 'Saludos, '],
  },
};
