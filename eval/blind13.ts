/**
 * A fourteenth, independent set of phrasings for the generator ("blind13"), written blind on
 * 2026-11-28 as the fourth session's final validation set: its author read eval/generator.ts,
 * values.ts, score.ts, run.ts, holdout.ts and blind2.ts … blind8.ts, section 4 of DESIGN.md and the
 * first 40 lines of docs/evaluation.md, but not blind9.ts … blind12.ts, nothing under src/, test/,
 * bench/ or scripts/, no other part of docs/, no git history, log or diffs, and the engine was not
 * run on it in any form (the set was only generated, to check that it loads).
 * It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind8.ts. Situations: a
 * pediatric urgent care's after-hours line, a cardiology practice's portal chat, a pharmacy benefit
 * manager's mail-order chat, a community mental-health center, an oncology infusion center's
 * scheduling desk, a physical therapy clinic, an OB-GYN office, a Medicaid managed-care plan's member
 * services, a hospital patient-financial-services chat, an assisted-living facility's family line, a
 * dermatology practice, an ENT practice, a sports medicine clinic, a county public-health vaccine
 * line, a dialysis center, a podiatry office and an eye-surgery center. New cue words for ids
 * ("client id" at the mental-health center, "registry id", "resident #", "infusion pt no.", "CIN",
 * "recipient id", "plan card", "guarantor acct", "HSA card", "state ID", "learner's permit", "INE",
 * "rendering NPI", "loop recorder", "event monitor", "bone stimulator", "breast pump serial", "BP cuff
 * MAC", "home hemo machine"), typos in cue words ("memebr", "phoen", "faxx", "dat of birth",
 * "nacimeinto", "expedinete" style slips), ids without any keyword ("the number on the front of the
 * purple card", "the long one under the barcode"), names in every position and case (start, after
 * verbs, lists, vocatives, @mentions, cc:, sign-offs on the next line, possessives, parentheses,
 * all-caps text), dates after new cue words (LMP, due date, cycle 3 day 1, date of injury, authorization
 * ends, renewal due, between … and …), ages over 89 in new shapes ("… years young", "pt … F", "age on
 * the form"), addresses for rides, mail-order shipments, statements and facilities, several
 * identifiers per message, Spanglish and run-ons.
 * About a third of the messages carry no PHI; they are the ordinary things patients and families
 * write (appointments, refills, bills, symptoms, directions, hours, thanks, complaints) with the
 * look-alikes that occur in them naturally: CPT/HCPCS/ICD codes (99051, 93306, 93224, 97140, 76805,
 * 69210, 20610, 66984, 90715, J2505, L3000, V2787, I48.91, F33.1, O24.419, L57.0, J32.9, S83.511A,
 * B35.1, Z51.11, D70.1), NDC, doses (7.5 mL of 100 mg/5 mL, Entresto 24/26, Eliquis 5 mg, Venofer
 * 100 mg x 10), lab values (BNP, ANC, platelets, hCG, potassium, phosphorus, eye pressure, 20/25),
 * prices, times, order/tracking/invoice/ticket/confirmation numbers, chair, room, floor and entrance
 * numbers, drug brands (Eliquis, Jardiance, Entresto, Repatha, Ozempic, Mounjaro, Lexapro, Abilify,
 * Rexulti, Neulasta, Udenyca, Keytruda, Diclegis, Slynd, Nextstellis, Dupixent, Ciprodex, Jublia,
 * Durezol, Ilevro, Vigamox, Velphoro, Venofer), person- and place-named conditions and procedures
 * (Kawasaki disease, coxsackie, Wolff-Parkinson-White, Holter, Baker's cyst, Epley, Braxton Hicks, Pap,
 * Kegel, Mohs, Eustachian tube, Meniere's, Osgood-Schlatter, Tommy John surgery, Lyme, West Nile,
 * German measles, Morton's neuroma, Achilles, Alzheimer's, Papanicolaou, Down), holidays instead of
 * calendar dates (the labelling rules make any month-and-day a DATE, so non-person "dates" are
 * holidays, weekdays, times and years: Thanksgiving, Christmas Eve, Memorial Day, Día de Reyes, Semana
 * Santa, Día de Muertos) and everyday words that are also names (will, hope, grace, may, mark, candy,
 * max, misty, hazel, mercy; salud, luz, rosa, cándida, olvido, armando, linda, cruz, reyes, santos).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND13_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'after-hours line: this is {name}, my toddler spiked a fever after dinner and everything is closed', 'is {provider} the one reading my echo or the other cardiologist?',
        'the mail order box came addressed to {name}, that is my ex not me', '{first} at the front desk of the mental health center said my intake is with someone new',
        'can I switch from {provider} to a female therapist at the center', 'infusion scheduling: {name} wants the afternoon chair, mornings are rough after cycle 2',
        'PT question for {first} - the band exercises make my shoulder click', '{name} here, 34 weeks, baby moving less since lunch',
        'my OB is {provider} but the on-call doc delivered, who gets the thank-you card', 'member services: i need my PCP changed to {provider}',
        'financial counselor {first} said apply for charity care, where is the form', 'family line - how is {relative} doing after the fall, nobody called me',
        'the aide {first} is the only one {relative} lets help with the shower', 'derm: {name} wants a full skin check before the beach trip',
        '{provider} froze two spots on my forehead and one blistered', 'ENT follow up for {name}, ears still plugged after the tubes',
        'the athletic trainer {first} said ask {provider} if he can play saturday', 'county vaccine line: can {relative} get her shot at the same visit as me',
        'dialysis: tech {first} stuck me 3 times today, can someone else cannulate next time', 'podiatry - {titled} needs her nails trimmed, she cant reach her feet anymore',
        'tell {first} thank you for staying late with us at urgent care', 'NOT HAPPY. {provider} kept us waiting 2 hours and barely looked at his ear',
        'cc: {name} (my daughter, she handles my appointments)', 'hi its {first}, the one with the loop recorder', "{name}'s chemo got pushed a week, counts too low?",
        'who is {name}? there is a portal message from them about my pap', 'im the legal guardian for {name}, can I sign for the ear tubes',
        'please add {name} and {name} to my release for the mental health center', 'that is all for now, thank you\n{name}', 'the PT aide ({first}) forgot to put ice on me after',
        '@{first} you said you would call back about the prior auth??', 'referral from {provider} to sports med, did it come thru', 'can {titled} bring her own walker to the eye surgery',
        'Hello my name is {name} and I have a question about my sons bill', 'cardiology portal: {name}, HR in the 140s since this morning, on the Eliquis',
        'Re: {name} - the night nurse at the facility says he is more confused today', 'PLEASE HAVE {provider} CALL ME ABOUT MY ECHO', 'i think {first} in billing hung up on me',
        'is {first} still our case manager at the plan or did she leave', 'new patient {name}, referred for a mole that changed color', 'the midfielder on the u14 team, {name}, rolled her ankle again',
        'my wife {first} and i both got vaccinated but only hers shows up', 'surgery center asked who the driver is, its {name}, my neighbor', 'attn {provider}: pt is asking for a callback re the holter',
        'did {provider} or {provider} do my yag laser, the paper doesnt say', 'my son {first} and his friend {first} both have pink eye now, same team',
      ],
      es: [
        'línea nocturna de urgencias pediátricas: soy {name}, mi niño tiene 39.5 de fiebre', '¿{provider} es quien va a leer mi ecocardiograma?',
        'la caja de la farmacia por correo llegó a nombre de {name}, ese no soy yo', 'en el centro de salud mental me dijeron que mi terapeuta nueva es {name}',
        'programación de infusiones: {name} quiere la silla de la tarde', 'la fisioterapeuta {first} me dejó ejercicios con liga y me truena el hombro',
        'habla {name}, tengo 34 semanas y el bebé se mueve menos', 'quiero cambiar mi médico de cabecera a {provider}', 'la asesora financiera {first} me dijo que pidiera la ayuda de caridad',
        'cómo sigue {relative} después de la caída? nadie me avisó', 'la cuidadora {first} es la única con la que se deja bañar {relative}', '{provider} me quemó dos manchas y una se hizo ampolla',
        'cita de otorrino para {name}, sigue con los oídos tapados después de los tubitos', 'el entrenador {first} dice que le pregunte a {provider} si puede jugar el sábado',
        'el técnico de diálisis {first} me picó 3 veces hoy', 'podología: {titled} necesita que le corten las uñas, ya no se alcanza los pies', 'yo, {name}, llevo a mi papá a la cirugía de catarata',
        'díganle a {first} que gracias por quedarse tarde con nosotros', 'MUY MOLESTA. {provider} nos tuvo esperando 2 horas', 'hola, soy {first}, la del monitor implantable',
        'la quimio de {name} se movió una semana, por las defensas?', 'quién es {name}? me escribió en el portal sobre el papanicolaou', 'soy tutora legal de {name}, puedo firmar el consentimiento?',
        'autorizo a {name} y a {name} a recibir información de mi tratamiento', 'es todo por ahora, gracias\n{name}', 'el pase de {provider} a medicina deportiva ya llegó?',
        'puede {titled} traer su andadera a la cirugía de los ojos?', 'buenas, me llamo {name} y es sobre la cuenta de mi hijo', 'portal de cardiología: {name}, el pulso en 140 desde la mañana',
        'la enfermera de la residencia dice que {relative} está más confundido hoy', 'QUE ME LLAME {provider} POR LO DEL ECO', 'creo que {first} de facturación me colgó',
        'paciente nueva {name}, me mandaron por un lunar que cambió de color', 'mi vecina {name} me trae a la diálisis los martes', 'vacunas: {relative} y yo queremos la de la influenza el mismo día',
        '@{first} quedaste de llamarme por la autorización', 'de parte de {name}: ya no tomo el Eliquis desde que me sangró la nariz', 'con copia a {name}, mi hija, ella ve mis citas',
        'el chofer que me lleva a la cirugía es {name}, mi compadre',
      ],
    },
    DATE: {
      en: [
        'after-hours: fever started {date}, still 102 today', 'echo is booked {date}, do I hold the metoprolol that morning', 'mail order says shipped {date} and tracking hasnt moved',
        'my intake at the mental health center is {date}, what do I bring', 'cycle 3 day 1 is {date}, can we do 8am instead of 10', 'PT authorization ends {date}, do I need a new referral',
        'LMP was {date}, positive test this morning', 'due date is {date} per the dating ultrasound', 'medicaid renewal letter says respond by {date}',
        'statement says date of service {date} but i wasnt there that day', 'moved mom into the facility {date}, when is the care conference', 'shave biopsy done {date}, results yet?',
        'ear tubes went in {date}, is drainage normal', 'hurt my knee in the game {date}, do I need the MRI', 'got the first dose {date}, when is the second due',
        'started dialysis {date}, when do they check the fistula', 'nail surgery was {date}, can I wear sneakers yet', 'right eye {date}, left eye {date}, same arrival time?',
        '{dob} - need my lipid results', 'verifying for the after-hours nurse: {dob}', "pt's D.O.B. {dobRaw}, calling from the assisted living", 'dat of birth on the claim is wrong, should be {dobRaw}',
        'my daughter was born {dobRaw}, is she due for the 4 month shots', 'between {date} and {date} I was inpatient so PT was on hold', 'last chemo {date}, when can I get the flu shot',
        'confirmation text said {date} but the portal shows a different day', 'cant come in till after {date}, out of town', 'date of injury {date} for the sports med note',
        'birthdate on my card {dobRaw} is off by a day', 'pls move me to the wk of {date}', 'was seen {date}?? i have no memory of that visit', 'Holter goes on {date} and comes off 48 hrs later',
      ],
      es: [
        'urgencias nocturnas: la fiebre empezó el {date}, hoy sigue en 39', 'el eco es el {date}, suspendo el metoprolol esa mañana?', 'la farmacia por correo dice enviado el {date} y no se mueve',
        'mi ingreso al centro de salud mental es el {date}, qué llevo', 'el ciclo 3 día 1 es el {date}, me pueden poner a las 8?', 'la autorización de terapia física vence el {date}',
        'mi última regla fue el {date}, salió positiva la prueba', 'la fecha probable de parto es el {date}', 'la carta de renovación de medicaid dice que conteste antes del {date}',
        'el estado de cuenta dice fecha de servicio {date} y yo no fui', 'mi mamá entró a la residencia el {date}', 'la biopsia fue el {date}, ya hay resultados?', 'le pusieron los tubitos el {date}',
        'me lastimé la rodilla en el partido el {date}', 'me pusieron la primera dosis el {date}, cuándo toca la segunda?', 'empecé diálisis el {date}', 'la cirugía de la uña fue el {date}',
        'ojo derecho el {date} y el izquierdo el {date}', '{dob}, necesito mis resultados de colesterol', 'verificando para la enfermera de la noche: {dob}',
        'fecha de nacimeinto en el reclamo está mal, es {dobRaw}', 'mi hija nació el {dobRaw}, ya le tocan las vacunas de los 4 meses?', 'estuve internada del {date} al {date}',
        'la última quimio fue el {date}', 'el mensaje de confirmación decía {date} pero el portal dice otro día', 'no puedo ir hasta después del {date}', 'fecha de la lesión: {date}, para la nota del deportivo',
        'nacido el {dobRaw} según el acta', 'me ponen el holter el {date} y me lo quitan 48 horas después',
      ],
    },
    AGE_OVER_89: {
      en: [
        'my great-grandpa is {ageRaw} and the cardiologist wants a pacemaker, at his age?', '{ageRaw} years young and doing PT three times a week', 'assisted living resident, {ageRaw}, refuses her meds at night',
        'can a {ageRaw} year old get the RSV shot at the county clinic', 'cataract surgery for my grandmother, she is {ageRaw}', 'dialysis at {ageRaw}? my dad is asking to stop',
        'infusion pt, {age90}, do we need a wheelchair at the door', 'pt {ageRaw} F with hearing loss, ENT consult requested', 'member is {ageRaw}, does medicaid still want the annual renewal',
        'toenails on a {ageRaw}-year-old are like rocks lol', 'MY GRANDMA IS {ageRaw} AND FELL IN THE SHOWER AT THE FACILITY', 'age on the form: {ageRaw}', '{age90}, widower, spot on his nose, needs a skin check',
        'still golfing at {ageRaw}, sports med for his shoulder', '{age90} - should he get the high dose flu shot',
      ],
      es: [
        'mi bisabuelo tiene {ageRaw} y el cardiólogo quiere marcapasos, a su edad?', 'con {ageRaw} y haciendo terapia física 3 veces por semana', 'residente de {ageRaw} que no quiere sus pastillas en la noche',
        'una persona de {ageRaw} puede ponerse la vacuna del VSR en la clínica del condado?', 'cirugía de catarata para mi abuela de {ageRaw}', 'diálisis a los {ageRaw}? mi papá quiere dejarla',
        'paciente de infusión {age90}, necesita silla de ruedas', 'afiliada de {ageRaw}, igual tiene que renovar el medicaid?', 'las uñas de un señor de {ageRaw} están durísimas',
        'MI ABUELA TIENE {ageRaw} Y SE CAYÓ EN LA REGADERA', 'edad en la forma: {ageRaw}', 'viudo, {age90}, tiene una mancha en la nariz', 'la vacuna de dosis alta es para alguien {age90}?',
      ],
    },
    ADDRESS: {
      en: [
        'after-hours: which urgent care is closest to {address}', 'mail order: ship to {address}, not the old one on file', 'my ride to dialysis picks me up at {address}',
        'member services, new address is {address} as of this week', 'statement went to {address}, I moved from there a year ago', 'the facility is at {address}, send the podiatrist there',
        'we live out in {city}, any vaccine clinic closer?', '{zip}, closest in-network dermatologist?', 'driving in from {city} for the eye surgery, how early should we leave',
        'the county clinic at {address}, is it walk in', 'send the breast pump to {address}', 'billing address: {address}', 'mail his sports physical to the school, {address}',
        "we're staying with family in {city} during chemo", 'moved to {city} last month, do I need a new PCP on the plan', '{address} - gate code 4411, leave the cooler by the door',
        'after the cataract surgery take him back to {address}', 'is {city} in the service area for the medicaid plan', 'is a PO box ok for the insulin? {address}',
        'any PT clinic within 10 miles of {zipRaw}?', 'home infusion nurse should go to {address}, not my moms',
      ],
      es: [
        'urgencias nocturnas: cuál queda más cerca de {address}?', 'farmacia por correo: envíen a {address}, no a la dirección vieja', 'el transporte a diálisis me recoge en {address}',
        'mi nueva dirección es {address}', 'el estado de cuenta llegó a {address}, ya no vivo ahí', 'la residencia está en {address}, manden al podólogo ahí', 'vivimos en {city}, hay vacunas más cerca?',
        '{zip}, dermatólogo en la red?', 'venimos desde {city} para la cirugía de ojos', 'la clínica del condado en {address} atiende sin cita?', 'manden el extractor de leche a {address}',
        'dirección de cobro: {address}', 'nos quedamos con familia en {city} durante la quimio', 'me mudé a {city}, necesito otro médico de cabecera?', 'después de la cirugía llévenlo a {address}',
        '{city} está dentro del área del plan de medicaid?', 'la enfermera de infusión en casa debe ir a {address}',
      ],
    },
    PHONE: {
      en: [
        'after-hours callback {phoneRaw}, baby is asleep so text first', 'cardiology can reach me at {phoneRaw}, work hours only', 'pls call {phoneRaw} when the mail order ships',
        'crisis plan contact is my sister, {phoneRaw}', 'infusion nurse keeps calling the wrong number, mine is {phoneRaw}', '{phone}', 'new phone # for my file {phoneRaw}',
        'call the facility desk {phoneRaw} not my cell', 'coach wants the clearance called in to {phoneRaw}', 'my cell died, use my husbands {phoneRaw}', 'phoen number is {phoneRaw}',
        'text {phoneRaw} with the time please, I am deaf', 'home {phoneRaw} / work {phoneRaw}', 'PT front desk told me to give you {phone}',
      ],
      es: [
        'urgencias nocturnas, devuélvanme la llamada al {phoneRaw}, mejor mensaje primero', 'cardiología me encuentra en el {phoneRaw} en horas de oficina', 'llámenme al {phoneRaw} cuando salga el envío',
        'contacto del plan de crisis: mi hermana, {phoneRaw}', 'la enfermera de infusión marca a otro número, el mío es {phoneRaw}', '{phone}', 'número nuevo para mi expediente {phoneRaw}',
        'llamen a recepción de la residencia {phoneRaw}, no a mi cel', 'el entrenador quiere que le llamen al {phoneRaw}', 'se me murió el cel, usen el de mi esposo {phoneRaw}',
        'mi telefno es {phoneRaw}', 'casa {phoneRaw} / trabajo {phoneRaw}',
      ],
    },
    FAX: {
      en: [
        'cardiac clearance for the eye surgery, fax it to {faxRaw}', 'PT plan of care needs a signature, our fax is {faxRaw}', 'please fax my records to the new OB at {faxRaw}',
        'school nurse fax for the vaccine record {faxRaw}', '{fax} attn: utilization review', 'facility med orders go to {faxRaw}', 'send the return-to-play letter by fax, {faxRaw}',
        'dialysis unit fax changed, now {faxRaw}', 'faxx {faxRaw} for the podiatry referral',
      ],
      es: [
        'la autorización cardiológica para la cirugía mándenla al fax {faxRaw}', 'el plan de terapia necesita firma, nuestro fax es {faxRaw}', 'manden mis estudios a la ginecóloga nueva, fax {faxRaw}',
        'fax de la enfermera escolar para la cartilla {faxRaw}', '{fax} atención revisión de utilización', 'las órdenes de la residencia van al {faxRaw}', 'el fax de la unidad de diálisis cambió: {faxRaw}',
      ],
    },
    EMAIL: {
      en: [
        'send the echo report to {email} pls', 'mail order receipts to {email}', 'therapy worksheets to {email}, not my work one', 'the infusion calendar to {email} and my husband too',
        'PT home exercise program to {email}', 'new email for the plan: {email}', 'itemized bill to {email}', 'weekly updates about mom to {email}', 'post-op instructions in spanish to {email}',
      ],
      es: [
        'manden el reporte del eco a {email}', 'los recibos de la farmacia por correo a {email}', 'las hojas de terapia a {email}, no al del trabajo', 'el calendario de infusiones a {email}',
        'los ejercicios de la terapia a {email}', 'correo nuevo para el plan: {email}', 'la factura detallada a {email}', 'las noticias de mi mamá a {email} cada semana',
      ],
    },
    URL: {
      en: [
        'uploaded the rash photo to {url}', 'our meal train for chemo weeks {url}', 'the BP log is shared at {url}', 'is this the real member portal? {url}',
        'payment link {url} says expired', 'my teams fundraiser for his knee surgery {url}', 'the video visit link {url} keeps spinning', 'facility photo album of mom {url}',
      ],
      es: [
        'subí la foto del sarpullido a {url}', 'la colecta para la quimio {url}', 'el registro de presión está en {url}', 'es este el portal de afiliados? {url}',
        'el link de pago {url} dice vencido', 'el link de la videoconsulta {url} no carga',
      ],
    },
    IP_ADDRESS: {
      en: [
        'portal locked me out, it says too many tries from {ip}', 'the BP cuff gateway shows {ip}', 'video visit failed, network test showed {ip}', 'someone logged into my member account from {ip}',
        'mail order site blocks {ip}?', 'the dialysis tablet says offline, {ip}',
      ],
      es: [
        'el portal me bloqueó por intentos desde {ip}', 'el aparato de la presión marca {ip}', 'la videoconsulta falló, la prueba mostró {ip}', 'alguien entró a mi cuenta de afiliado desde {ip}',
        'la tableta de diálisis dice sin conexión, {ip}',
      ],
    },
    SSN: {
      en: [
        'charity care application wants my social, {ssnRaw}', 'medicaid application for mom, her social is {ssnRaw}', 'facility admission packet asked for ssn {ssnRaw}',
        'no social yet, the itin is {ssnRaw}', 'why does the vaccine line need {ssn}??', 'guarantor social for the payment plan {ssnRaw}', 'the 9 digits they asked for: {ssnRaw}',
        'last 4 wasnt enough so here {ssnRaw}',
      ],
      es: [
        'la solicitud de ayuda pide mi seguro social, {ssnRaw}', 'medicaid para mi mamá, su social es {ssnRaw}', 'la residencia pidió el social {ssnRaw}', 'no tengo social, mi itin es {ssnRaw}',
        'para qué quieren {ssn} en la línea de vacunas??', 'social del responsable del plan de pagos {ssnRaw}',
      ],
    },
    MRN: {
      en: [
        'client id {mrnRaw} at the mental health center', 'registry id {mrnRaw}, the county lookup', 'resident # {mrnRaw}, west wing', 'infusion pt no. {mrnRaw}',
        'the long one under the barcode on my bracelet: {mrnRaw}', 'derm chart {mrnRaw}', 'urgent care visit summary has {mrnRaw} at the top', 'dialysis patient id {mrnRaw}',
        '{mrn}, need my op note from the eye center', 'PT patient # {mrnRaw}', 'my sons chart number {mrnRaw}',
      ],
      es: [
        'número de cliente {mrnRaw} en el centro de salud mental', 'registro de vacunas {mrnRaw}', 'número de residente {mrnRaw}', 'paciente de infusión no. {mrnRaw}',
        'el número largo debajo del código de barras de mi pulsera: {mrnRaw}', 'expediente de dermatología {mrnRaw}', 'el resumen de urgencias dice {mrnRaw} arriba', 'id de paciente de diálisis {mrnRaw}',
        '{mrn}, necesito la nota de la cirugía de ojos',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'CIN {planRaw}', 'recipient id {planRaw} for the medicaid plan', 'the number on the front of the purple card is {planRaw}', 'memebr id {planRaw}, the mail order cant find me',
        'my sons plan card says {planRaw}', 'mail order says {planRaw} termed?', 'bill it to {planRaw} not the old plan', 'is the breast pump covered under {planRaw}',
        'PT visits under {planRaw}, how many left', 'medicare secondary for the facility {planRaw}', 'the infusion estimate used {planRaw}', 'vaccine is free with {planRaw}?', '{plan}, eye surgery pre-cert pls',
      ],
      es: [
        'CIN {planRaw}', 'id de beneficiario {planRaw} del plan de medicaid', 'el número de enfrente de la tarjeta morada es {planRaw}', 'mi número de afiliado {planRaw}, la farmacia no me encuentra',
        'la tarjeta de mi hijo dice {planRaw}', 'dice que {planRaw} está dado de baja?', 'cóbrenlo a {planRaw}, no al plan viejo', 'el extractor de leche lo cubre {planRaw}?',
        'terapias con {planRaw}, cuántas me quedan', 'la vacuna es gratis con {planRaw}?', '{plan}, precertificación de la cirugía',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'guarantor acct {acctRaw}, can I set up a payment plan', 'the statement account {acctRaw} shows a credit, refund please', 'monthly fee for the facility comes out of {acctRaw}',
        'autopay from checking {acctRaw}', 'the financial aid was applied to which account? {acctRaw}', 'HSA account {acctRaw} got charged twice', 'bank says it was drafted from {acctRaw}',
        '{acct}, the hospital bill', 'acount {acctRaw} for the ER visit',
      ],
      es: [
        'cuenta del responsable {acctRaw}, quiero plan de pagos', 'la cuenta del estado de cuenta {acctRaw} tiene saldo a favor', 'la mensualidad de la residencia sale de {acctRaw}',
        'cargo automático de mi cuenta {acctRaw}', 'a qué cuenta aplicaron la ayuda? {acctRaw}', 'de la cuenta {acctRaw} me cobraron dos veces', '{acct}, es la del hospital',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'state ID {licRaw}, no drivers license', "my son's learner's permit {licRaw} for the sports physical", 'the surgery center scanned my license, {licRaw}', 'passport {licRaw} since my ID expired',
        'prescriber DEA for the controlled rx, {licRaw}', 'therapist license {licRaw} for the superbill', '{lic}, for the mail order identity check', 'ID they photocopied at check in: {licRaw}',
      ],
      es: [
        'credencial del INE {licRaw}', 'licencia de manejo {licRaw}', 'el pasaporte {licRaw}, la otra identificación venció', 'DEA del médico para la receta controlada {licRaw}',
        '{lic}, para verificar identidad', 'cédula de la psicóloga {licRaw} para el reembolso',
      ],
    },
    NPI: {
      en: [
        'rendering NPI {npiRaw}', 'the surgeon npi is {npiRaw} for the pre-cert', 'PT clinic billing NPI {npiRaw}', 'referring provider {npi}', 'OB npi {npiRaw}, the claim is missing it',
        'is {npiRaw} the cardiologist or the group',
      ],
      es: [
        'NPI del que atiende {npiRaw}', 'npi del cirujano {npiRaw} para la precertificación', 'NPI de la clínica de terapia {npiRaw}', 'médico que refiere {npi}', 'al reclamo le falta el npi {npiRaw}',
      ],
    },
    VEHICLE_ID: {
      en: [
        'my driver after the cataract surgery will be in a silver suv, {vehicleRaw}', 'the dialysis van {vehicleRaw} left without me', 'placard is for {vehicleRaw}, can I park in the accessible spot',
        'left my headlights on in the garage, {vehicleRaw}', 'mobile vaccine van {vehicleRaw} parked at the school', 'got a ticket in your lot, {vehicle}', 'towed from the PT lot: {vehicleRaw}',
      ],
      es: [
        'me recoge una camioneta plateada después de la cirugía, {vehicleRaw}', 'la camioneta de diálisis {vehicleRaw} se fue sin mí', 'el permiso de discapacidad es para {vehicleRaw}',
        'dejé las luces prendidas en el estacionamiento, {vehicleRaw}', 'la unidad móvil de vacunas {vehicleRaw} está en la escuela', 'me multaron en su estacionamiento, {vehicle}',
      ],
    },
    DEVICE_ID: {
      en: [
        'loop recorder {deviceRaw} stopped sending', 'event monitor {deviceRaw}, do I mail it back', 'bone stimulator serial {deviceRaw} for the podiatry claim', 'breast pump serial {deviceRaw}, motor died',
        'the BP cuff MAC is {deviceRaw}', 'home hemo machine {deviceRaw} alarming', 'TENS unit {deviceRaw} from PT, the pads wont stick', '{device}, warranty claim',
      ],
      es: [
        'el monitor implantable {deviceRaw} ya no transmite', 'el monitor de eventos {deviceRaw}, lo regreso por correo?', 'serie del extractor de leche {deviceRaw}, no prende',
        'la MAC del baumanómetro es {deviceRaw}', 'la máquina de hemodiálisis en casa {deviceRaw} está pitando', '{device}, reclamo de garantía',
      ],
    },
    CREDIT_CARD: {
      en: [
        'use the HSA card {cardRaw}', 'pay the statement with {cardRaw}', 'deposit for the lasik on {cardRaw}', 'mail order copay on file should be {cardRaw}',
        'botox payment {cardRaw}', 'after-hours fee, charge {cardRaw}', 'facility monthly fee on {cardRaw} this time', 'card ending... no, whole thing: {cardRaw}',
      ],
      es: [
        'usen la tarjeta del HSA {cardRaw}', 'paguen el saldo con {cardRaw}', 'el anticipo de la cirugía con {cardRaw}', 'el copago de la farmacia por correo con {cardRaw}',
        'el botox lo pago con {cardRaw}', 'la mensualidad de la residencia con {cardRaw}',
      ],
    },
    IBAN: {
      en: [
        'refund the overpayment to {ibanRaw}, i moved back to europe', 'my brother pays moms facility fee from {ibanRaw}', 'travel insurance reimbursement to {ibanRaw}',
        'can the surgery center refund to {ibanRaw}', 'pay from {iban}?',
      ],
      es: [
        'el saldo a favor a {ibanRaw}, ya vivo en España', 'mi hermano paga la residencia desde {ibanRaw}', 'el reembolso del seguro de viaje a {ibanRaw}', 'devuelvan el anticipo a {ibanRaw}',
        'puedo pagar desde {iban}?',
      ],
    },
  },
  idFrames: {
    en: [
      'after-hours nurse asked me for {X}', 'mail order verification: {X}', 'the center intake form has {X}', 'for the chemo schedule, {X}', 'PT front desk needs {X} on file',
      'member services rep wanted {X}', 'patient financial services: {X}', 'facility paperwork, page 2, {X}', 'is {X} right? i copied it off the letter', '{X} (thats mine not my husbands)',
      'sorry, {X}', 'they read back {X} but i think they typed it wrong', 'ok here: {X}', 'FOR MY DAD {X}',
    ],
    es: [
      'la enfermera de la noche me pidió {X}', 'verificación de la farmacia por correo: {X}', 'la forma de ingreso del centro tiene {X}', 'para la agenda de quimio, {X}',
      'recepción de terapia necesita {X}', 'la de servicios al afiliado quería {X}', 'servicios financieros: {X}', 'papeles de la residencia, hoja 2, {X}', 'está bien {X}? lo copié de la carta',
      '{X} (es el mío, no el de mi esposo)', 'perdón, {X}', 'me leyeron {X} pero creo que lo escribieron mal', 'PARA MI PAPÁ {X}',
    ],
  },
  mixed: {
    en: [
      'after-hours: {name}, {dobRaw}, fever 103, call {phoneRaw}', 'echo results for {name} {dob} to {email}', 'mail order for {name}, {plan}, ship to {address}',
      'client {name}, client id {mrnRaw}, emergency contact {relative} {phoneRaw}', 'infusion: {name} {mrn}, move C3D1 to {date}', 'PT eval for {name}, referred by {provider} {npi}, fax notes {faxRaw}',
      'OB: {name}, LMP {date}, {plan}, cell {phoneRaw}', 'member {name} moved to {city}, new phone {phoneRaw}', 'payment plan for {name}, {acct}, autopay {cardRaw}',
      'family line re {relative} ({ageRaw}), POA is {name}, reach me at {email}', 'derm: {name}, {dob}, photos at {url}', 'ENT for {name}, born {dobRaw}, mom {first} {phoneRaw}',
      'sports med: {name} hurt {date}, coach {first}, school fax {faxRaw}', 'vaccine line: {name} and {name}, {address}', 'dialysis {name}, van {vehicleRaw}, pickup at {address}',
      'eye surgery {date} for {name}, driver {name}, {lic}', 'i am {name} my social is {ssnRaw} and my medicaid is {planRaw} and i need a ride to dialysis at {address} tomorrow',
    ],
    es: [
      'urgencias nocturnas: {name}, {dobRaw}, fiebre de 39.8, llamen al {phoneRaw}', 'resultados del eco de {name} {dob} a {email}', 'pedido por correo para {name}, {plan}, enviar a {address}',
      'cliente {name}, número {mrnRaw}, contacto {relative} {phoneRaw}', 'infusión: {name} {mrn}, cambiar al {date}', 'OB: {name}, última regla {date}, {plan}, cel {phoneRaw}',
      'afiliada {name} se mudó a {city}, tel nuevo {phoneRaw}', 'plan de pagos para {name}, {acct}, con {cardRaw}', 'residencia: {relative} ({ageRaw}), apoderado {name}, correo {email}',
      'derma: {name}, {dob}, fotos en {url}', 'vacunas: {name} y {name}, {address}', 'diálisis {name}, camioneta {vehicleRaw}, recoger en {address}',
      'soy {name} mi social es {ssnRaw} y mi medicaid {planRaw} necesito transporte a diálisis en {address} mañana', 'hi, soy {name}, my daughter {first} tiene fiebre, call me {phoneRaw}',
    ],
  },
  negatives: {
    en: [
      // pediatric urgent care, after hours
      ['dose', 'my 3 yr old is 32 lbs, is 7.5 mL of the childrens motrin ok'], ['lab', 'temp 102.4 rectal, still drinking, do we need to come in tonight'],
      ['time', 'until what time does the after hours line take calls, 11pm?'], ['price', 'is there an after-hours fee? last visit had a $25 charge'], ['cpt', 'why is 99051 on my bill, is that the after hours thing'],
      ['dose', 'tylenol says 160 mg per 5 mL, how much for 24 pounds'], ['word', 'he choked on a candy but hes breathing fine now, still come in?'], ['eponym', 'urgent care said maybe kawasaki disease, what is that'],
      ['eponym', 'they said coxsackie, the hand foot and mouth thing, how long is he contagious'], ['duration', 'throwing up for {duration}, cant keep pedialyte down'], ['agelow', 'she is {agelow} months, is 100.6 a fever'],
      ['dose', 'amoxicillin 400 mg/5 mL, she spit half out, do i give it again'], ['word', 'swallowed a button battery maybe?? do we go to the ER'], ['pain', 'ear pain {pain}, crying nonstop, anything open now'],
      // cardiology portal
      ['dose', 'can i take Eliquis 5 mg and advil together'], ['bp', '{bp} after the new metoprolol, too low?'], ['lab', 'BNP 450 is that bad'], ['drug', 'LDL 132 on the statin still, would Repatha help'],
      ['cpt', 'is the echo billed as 93306?'], ['cpt', '93224 holter, my plan says prior auth?'], ['icd', 'I48.91 on my visit summary, that means afib right'], ['dose', 'Entresto 24/26 twice a day, can i split them'],
      ['eponym', 'wolff-parkinson-white, does that mean i will get parkinsons??'], ['eponym', 'the holter itches so bad, can i take it off to shower'], ['time', 'stress test at 7:15, no caffeine after midnight right'],
      ['word', 'my heart rate hit max on the treadmill, is that good'], ['drug', 'Jardiance or Farxiga, which one does my plan prefer'], ['price', 'Entresto is $47 a month on tier 3, any coupon?'],
      ['word', 'portal says the echo results are in but i cant open them'],
      // PBM mail order
      ['order', 'where is my {order}, says processing for {duration}'], ['tracking', 'mail order {tracking} says delivered, mailbox empty'], ['price', 'why is the 90 day supply {price} when retail was $10'],
      ['dose', 'they sent 500 mg but i take 1000 mg twice a day'], ['drug', 'can mail order send Ozempic or is that specialty pharmacy'], ['word', 'ice packs were melted when the insulin came, is it still ok'],
      ['word', 'it says refill too soon but i only have 6 pills left'], ['word', 'the pharmacy asked for the RxBIN and PCN off my card, where are those'], ['ndc', 'mail order switched makers, NDC {ndc}, same medicine?'],
      ['confirmation', 'got a text with {confirmation}, is that you guys or a scam'], ['word', 'switching from 30 day to 90 day, do i need a new rx'], ['weekday', 'will it ship before {weekday}? im away friday'],
      ['drug', 'Mounjaro 5 mg is backordered, can i get two 2.5s instead'], ['version', 'mail order app {version} wont let me add a card'], ['invoice', 'i paid {invoice} online, why another letter'],
      // community mental health
      ['word', 'can i bring my support dog to group'], ['drug', 'Lexapro 10 makes me so tired, can i take it at night'], ['drug', 'Abilify or Rexulti, which has less weight gain'],
      ['count', 'my mood questionnaire went from 19 to 12, is that better'], ['cpt', '90834 vs 90837, why does my session say 53 minutes'], ['time', 'group is at 6:30 on {weekday}, still on this week?'],
      ['word', 'is there a walk-in hour at the center'], ['word', 'rough week but im safe, can i talk to someone today'], ['word', 'my therapist left, do i get a new one or go back on the waitlist'],
      ['icd', 'F33.1 on the paperwork, what does that mean'], ['price', 'sliding scale fee is {price}? i lost my job'], ['word', 'will my boss find out i come here'],
      // oncology infusion
      ['lab', 'ANC 900, is chemo still on tomorrow'], ['lab', 'platelets 88, do i still come in'], ['dose', 'Zofran 8 mg every 8 hours isnt cutting it, what else'],
      ['hcpcs', 'J2505 on the bill, is that the neulasta shot'], ['drug', 'Neulasta onpro or Udenyca, which one is covered'], ['room', 'window chair please, chair 14 was freezing last time'],
      ['time', 'it runs 4 hours, can i start at 7:30 and be out by noon'], ['word', 'can my husband sit with me during the infusion'], ['word', 'my port is sore and red, come in early?'],
      ['icd', 'Z51.11 for infusion days and D70.1 for the shots?'], ['price', 'how much does the Keytruda copay card cover'], ['word', 'is there parking validation for chemo patients'],
      ['count', 'cycle 4 of 6, can we push a week for my daughters wedding'],
      // physical therapy
      ['cpt', '97140 and 97530 same day, why 2 copays'], ['price', 'PT copay is $40 a visit, twice a week for {duration}?'], ['count', 'insurance gave me 20 visits, how many are left'],
      ['word', 'the TENS thing tingles a lot, normal?'], ['pain', 'knee {pain} after the squats, ice or heat'], ['eponym', "baker's cyst behind my knee, can PT help"],
      ['time', 'can i move my 4:15 to 5:30 on thursdays'], ['word', 'can i do the exercises in the pool instead'], ['eponym', 'the epley maneuver made me so dizzy i threw up'],
      // OB-GYN
      ['lab', '1 hour glucose was 142, do i have to do the 3 hour'], ['lab', 'hCG went from 1,250 to 2,900 in 48 hours, good?'], ['eponym', 'braxton hicks or real? every 10 min for an hour'],
      ['eponym', 'pap came back ASCUS, do i need a colposcopy'], ['drug', 'Diclegis 2 at bedtime and still nauseous'], ['drug', 'Slynd or Nextstellis, which one spots less'],
      ['word', 'candida again after the antibiotics, can you call in diflucan'], ['cpt', '76805 ultrasound, covered or extra'], ['week', 'do i need the rhogam shot at 28 weeks'],
      ['word', 'is a little bleeding after the pap normal'], ['eponym', 'kegels after delivery, how many a day'], ['dose', 'prenatal with 800 mcg folic acid or 1 mg'],
      ['price', 'nexplanon removal is {price}?'], ['icd', 'O24.419 on my chart, so its gestational diabetes?'],
      // Medicaid managed care member services
      ['word', 'how do i change my primary care doctor'], ['word', 'do you cover rides to appointments'], ['word', 'lost my member card, can you mail a new one'],
      ['word', 'renewal packet, do i send pay stubs'], ['planname', 'is {planname} the same thing as medicaid'], ['count', 'dental is 2 cleanings a year?'],
      ['price', 'any copay for the kids? the letter says $0'], ['word', 'does the plan cover glasses for adults'], ['state', 'moving to {state}, does the plan follow us'],
      ['word', 'on hold 45 min, is there a callback option'], ['word', 'what is a prior authorization and why does my doctor need one'], ['word', 'will the plan pay for a breast pump'],
      // patient financial services
      ['price', 'statement balance $1,243.18, can i do $75 a month'], ['invoice', 'got {invoice} and another one for the same visit'], ['word', 'why did insurance deny the ER visit'],
      ['cpt', '99284 for the ER, but i was only there an hour'], ['word', 'can i get an itemized bill'], ['word', 'do you have financial assistance if we make under 2x the poverty level'],
      ['price', 'estimate said $600, bill says $2,100'], ['word', 'i paid at check in, why is there a balance'], ['ticket', 'any update on my billing dispute {ticket}'],
      ['year', 'a bill from {year}?? it already went to collections'], ['word', 'my insurance changed this year, can you rebill the new one'],
      // assisted living family line
      ['word', 'is the podiatrist coming this month'], ['time', 'visiting hours end at 8pm on weekends too?'], ['room', 'dad moved from 114 to 208, do his meds move with him'],
      ['holiday', 'can we bring a small christmas tree for moms room'], ['time', 'care conference is at 2, can i call in'], ['dose', 'is she still on the donepezil 10 mg'],
      ['eponym', 'is there a waitlist for the alzheimers unit'], ['price', 'monthly fee went up to $5,400, is that the level of care change'], ['word', 'who do we talk to about hospice if it comes to that'],
      ['complaint', 'mom says nobody helps her to the bathroom at night, i am upset'],
      // dermatology
      ['drug', 'Dupixent every 2 weeks or every week?'], ['price', 'botox is $12 a unit? how many for the forehead'], ['cpt', '17000 for the first one, 17003 for the rest?'],
      ['icd', 'L57.0 on the bill, is that precancer'], ['dose', 'tretinoin 0.025 or 0.05, which one did she send'], ['eponym', 'is mohs surgery painful'],
      ['duration', 'the mole changed, can i get in sooner than {duration}'], ['word', 'hazel eyes and fair skin, am i higher risk'], ['word', 'is a full body check covered once a year'],
      // ENT
      ['cpt', '69210 for ear wax, really $150?'], ['eponym', 'eustachian tube dysfunction, keep using the flonase?'], ['drug', 'Ciprodex 4 drops twice a day, 7 or 10 days?'],
      ['word', 'my ears pop every time i swallow'], ['eponym', 'is it menieres or just vertigo'], ['icd', 'J32.9 chronic sinusitis, do i need a ct'],
      ['time', 'hearing test at 9:45, how long does it take'], ['word', 'after the tonsillectomy is ice cream ok or just popsicles'],
      // sports medicine
      ['eponym', 'tommy john surgery for a high school pitcher, is that common now'], ['eponym', 'osgood schlatter in both knees, can he keep playing'], ['word', 'return to play after a concussion, how many days'],
      ['cpt', '20610 knee injection, covered?'], ['icd', 'S83.511A is that the ACL'], ['word', 'brace or tape for the ankle at practice'], ['ratio', 'hamstring to quad ratio 0.55, what does that mean'],
      ['price', 'sports physical is {price} cash?'], ['word', 'coach says he can practice but no contact, is that right'],
      // county vaccine line
      ['word', 'do i need an appointment or is it walk-in'], ['weekday', 'open {weekday} mornings for flu shots?'], ['cpt', '90715 tdap for 7th grade, free?'], ['eponym', 'is there a lyme vaccine yet'],
      ['eponym', 'west nile cases this year, should we worry'], ['eponym', 'german measles is rubella right, is it in the MMR'], ['agelow', 'can a {agelow} year old get the shingles shot'],
      ['word', 'lost the vaccine card, how do i get a copy'], ['count', 'is HPV 2 doses or 3'], ['word', 'the school wants proof of the meningitis shot'], ['year', 'last tetanus was {year}, do i need one'],
      ['holiday', 'are you closed memorial day'],
      // dialysis
      ['lab', 'potassium 5.8, what did i eat wrong'], ['lab', 'phosphorus 6.1, take the Velphoro with snacks too?'], ['time', 'can i switch from the 5:30 am chair to the 11:15 shift'],
      ['room', 'chair 22 by the window please'], ['dose', 'Venofer 100 mg x 10 doses, why so many'], ['word', 'my fistula buzzes less today, should i worry'], ['count', 'dry weight 72.5 kg and i cramp every time'],
      ['duration', 'traveling for {duration}, can you set up dialysis where im going'], ['word', 'can i bring a blanket, it is so cold in there'],
      // podiatry
      ['hcpcs', 'L3000 custom orthotics, how many pairs a year'], ['eponym', 'mortons neuroma, shot or surgery'], ['drug', 'Jublia is $600?? anything cheaper'], ['icd', 'B35.1 nail fungus, covered?'],
      ['word', 'ingrown toenail again, can you see me today'], ['word', 'diabetic shoes, what paperwork do i need'], ['eponym', 'achilles still tight every morning'],
      // eye surgery center
      ['price', 'the toric lens is $1,800 per eye extra?'], ['hcpcs', 'V2787 on the estimate, what is that'], ['cpt', '66984 left eye then 66984 right eye 2 weeks later?'],
      ['drug', 'Durezol, Ilevro and Vigamox, what order and how long between'], ['time', 'arrive at 6:45 for surgery at 8?'], ['word', 'can i drive myself home after the yag'],
      ['word', 'no makeup for how long after cataract surgery'], ['lab', 'eye pressure was 24, is that high'], ['acuity', 'vision was 20/60 before and 20/25 now'], ['word', 'misty vision in the mornings the first week, normal?'],
      // everyday
      ['word', 'thank you all so much!!'], ['word', 'ok sounds good'], ['word', 'never mind, figured it out'], ['word', 'is anyone there? been waiting 20 min in this chat'],
      ['word', 'can i get a call back instead of chat'], ['word', 'how do i log in to the portal, it says my password expired'], ['word', 'the parking garage is full, where else can i park'],
      ['room', 'which entrance for the infusion center, A or C'], ['room', 'cardiology is on floor 3 or 4?'], ['weekday', 'what are your hours on {weekday}'],
      ['holiday', 'are you open the day after thanksgiving'], ['holiday', 'closed on christmas eve?'], ['holiday', 'hours for new years eve?'], ['word', 'is there wifi in the waiting room'],
      ['word', 'do you take walk ins'], ['word', 'i need to cancel, something came up'], ['word', 'running 10 min late, traffic'], ['word', 'will i get a reminder text'],
      ['complaint', 'the front desk was so rude today'], ['complaint', 'i have called 4 times and no one calls back'], ['word', 'will insurance cover it if the doctor says its needed'],
      ['word', 'hope you all have a good weekend'], ['word', 'may i bring my 2 kids to my appointment'], ['word', 'is there a grace period on the premium'], ['word', 'please mark my chart no voicemails'],
      ['word', 'mayo clinic for a second opinion, do you send records there'], ['word', 'have mercy, 6 weeks for the next opening?'], ['order', 'confirmation email says {order} but no ship date'],
      ['bp', 'home reading {bp}, pharmacy machine said higher'], ['year', 'been coming here since {year} and this is the worst wait ever'], ['count', 'i have called {count} times lol'],
    ],
    es: [
      // urgencias pediátricas nocturnas
      ['dose', 'mi niño de 3 años pesa 14 kilos, le doy 7.5 ml del ibuprofeno infantil?'], ['lab', 'tiene 39.4 de temperatura pero sí toma líquidos, lo llevo hoy?'], ['time', 'hasta qué hora contesta la línea nocturna, 11 de la noche?'],
      ['price', 'cobran extra después de horas? la vez pasada fueron $350 pesos'], ['cpt', 'qué es el 99051 en la cuenta?'], ['dose', 'el paracetamol dice 160 mg en 5 ml, cuánto para 11 kilos'],
      ['eponym', 'en urgencias dijeron que a lo mejor es enfermedad de kawasaki, qué es eso'], ['eponym', 'dicen que es coxsackie, cuántos días contagia'], ['duration', 'vomitando desde hace {duration}, no retiene el suero'],
      ['agelow', 'tiene {agelow} meses, 37.9 ya es fiebre?'], ['dose', 'amoxicilina 400 mg/5 ml, escupió la mitad, le doy otra vez?'], ['word', 'se tragó un dulce entero pero ya respira bien'],
      // cardiología
      ['dose', 'puedo tomar Eliquis 5 mg con ibuprofeno?'], ['bp', '{bp} con el metoprolol nuevo, es muy baja?'], ['lab', 'el BNP salió 450, es malo?'], ['cpt', 'el eco lo cobran como 93306?'],
      ['icd', 'I48.91 en mi resumen, es fibrilación?'], ['dose', 'Entresto 24/26 dos veces al día, lo puedo partir?'], ['eponym', 'wolff-parkinson-white quiere decir que voy a tener parkinson??'],
      ['eponym', 'el holter me da comezón, me lo quito para bañarme?'], ['time', 'la prueba de esfuerzo es a las 7:15, nada de café desde la medianoche?'], ['drug', 'Jardiance o Farxiga, cuál prefiere mi plan?'],
      // farmacia por correo
      ['order', 'dónde está mi {order}? dice procesando desde hace {duration}'], ['tracking', 'la {tracking} dice entregado y no hay nada'], ['price', 'por qué 90 días cuestan {price} si en la farmacia eran $10'],
      ['dose', 'me mandaron 500 mg y yo tomo 1000 mg dos veces al día'], ['word', 'los hielos llegaron derretidos con la insulina, sirve todavía?'], ['ndc', 'cambiaron de laboratorio, NDC {ndc}, es lo mismo?'],
      ['confirmation', 'me llegó un mensaje con {confirmation}, son ustedes o es fraude?'], ['drug', 'no hay Mounjaro de 5 mg, me pueden mandar dos de 2.5?'], ['version', 'la app {version} no me deja poner la tarjeta'],
      ['invoice', 'ya pagué la {invoice}, por qué otra carta'], ['word', 'dice que es muy pronto para surtir pero me quedan 6 pastillas'],
      // salud mental comunitaria
      ['word', 'puedo llevar a mi perro de apoyo al grupo?'], ['drug', 'el Lexapro de 10 me da mucho sueño, lo tomo en la noche?'], ['cpt', '90834 o 90837, por qué dice 53 minutos'],
      ['time', 'el grupo es a las 18:30 el {weekday}, sí hay esta semana?'], ['word', 'semana difícil pero estoy a salvo, puedo hablar con alguien hoy?'], ['icd', 'F33.1 en los papeles, qué significa'],
      ['price', 'la cuota según ingresos es de {price}? me quedé sin trabajo'], ['word', 'mi salud mental ha mejorado mucho, gracias al grupo'], ['word', 'se va a enterar mi jefe de que vengo aquí?'],
      // infusión oncológica
      ['lab', 'neutrófilos 900, sí hay quimio mañana?'], ['lab', 'plaquetas 88, voy de todos modos?'], ['dose', 'el Zofran de 8 mg cada 8 horas no me hace nada'], ['hcpcs', 'J2505 en la cuenta, es la inyección de neulasta?'],
      ['room', 'una silla junto a la ventana porfa, la 14 estaba helada'], ['time', 'dura 4 horas, puedo empezar a las 7:30?'], ['word', 'puede mi esposo acompañarme durante la infusión?'],
      ['word', 'el puerto está rojo y me duele, voy antes?'], ['count', 'ciclo 4 de 6, lo podemos recorrer una semana por la boda de mi hija?'], ['word', 'dan boleto de estacionamiento a los de quimio?'],
      // terapia física
      ['cpt', '97140 y 97530 el mismo día, por qué dos copagos'], ['price', 'el copago de terapia es de $40 por sesión, dos veces por semana?'], ['count', 'el seguro me dio 20 sesiones, cuántas me quedan'],
      ['pain', 'la rodilla {pain} después de las sentadillas, hielo o calor?'], ['eponym', 'quiste de baker detrás de la rodilla, la terapia ayuda?'], ['eponym', 'la maniobra de epley me mareó muchísimo'],
      ['word', 'dolores de rodilla desde el partido, ya me toca terapia?'], ['time', 'puedo cambiar mi cita de las 16:15 a las 17:30?'],
      // ginecología y obstetricia
      ['lab', 'la curva de glucosa de 1 hora salió 142, me toca la de 3 horas?'], ['lab', 'la hCG subió de 1,250 a 2,900 en 48 horas, está bien?'], ['eponym', 'contracciones de braxton hicks o de verdad? cada 10 minutos'],
      ['eponym', 'el papanicolaou salió ASCUS, necesito colposcopía?'], ['drug', 'Diclegis 2 en la noche y sigo con náuseas'], ['word', 'otra vez cándida después del antibiótico, me mandan el óvulo?'],
      ['word', 'sale flujo color rosa después del papanicolaou, es normal?'], ['eponym', 'ejercicios de kegel después del parto, cuántos al día'], ['week', 'a las 28 semanas me toca la rhogam?'],
      ['icd', 'O24.419 en mi expediente, es diabetes gestacional?'], ['eponym', 'el tamiz para síndrome de down está cubierto?'], ['price', 'quitar el implante cuesta {price}?'],
      // plan de medicaid
      ['word', 'cómo cambio mi médico de cabecera'], ['word', 'cubren el transporte a las citas?'], ['word', 'perdí mi tarjeta de afiliada, me mandan otra?'], ['word', 'para la renovación mando los talones de pago?'],
      ['planname', 'el {planname} es lo mismo que medicaid?'], ['price', 'hay copago para los niños? la carta dice $0'], ['word', 'el plan cubre lentes para adultos?'],
      ['word', '45 minutos en espera, no me pueden regresar la llamada?'], ['word', 'qué es una autorización previa y por qué la necesita mi doctor'],
      // servicios financieros del hospital
      ['price', 'el saldo es $1,243.18, puedo pagar $75 al mes?'], ['invoice', 'me llegó la {invoice} y otra por la misma visita'], ['word', 'por qué el seguro negó la visita a urgencias'],
      ['cpt', '99284 por urgencias y solo estuve una hora'], ['word', 'me pueden dar la cuenta detallada?'], ['price', 'el presupuesto decía $600 y la cuenta $2,100'], ['ticket', 'alguna novedad de mi aclaración {ticket}'],
      ['year', 'una cuenta de {year}?? ya la mandaron a cobranza'], ['word', 'ay jesús, otra factura, ya pagué en la caja'],
      // residencia asistida
      ['word', 'este mes viene el podólogo?'], ['time', 'las visitas son hasta las 20:00 también el fin de semana?'], ['room', 'a mi papá lo pasaron del 114 al 208, sus medicinas también?'],
      ['holiday', 'podemos poner un arbolito de navidad en el cuarto de mi mamá?'], ['eponym', 'hay lista de espera para el área de alzheimer?'], ['price', 'la mensualidad subió a $5,400, es por el nivel de cuidado?'],
      ['complaint', 'mi mamá dice que en la noche nadie la ayuda a ir al baño, estoy molesta'], ['word', 'estoy armando el pastillero de mi mamá, la pastilla blanca va en la mañana?'], ['word', 'siempre olvido la pastilla de la noche, hay una que sea una vez al día?'],
      // dermatología
      ['drug', 'Dupixent cada 2 semanas o cada semana?'], ['price', 'el botox está a $12 la unidad? cuántas para la frente'], ['icd', 'L57.0 en la cuenta, es precáncer?'],
      ['eponym', 'la cirugía de mohs duele?'], ['duration', 'el lunar cambió, hay cita antes de {duration}?'], ['word', 'el sol me salió caro, quemadura con ampollas'],
      // otorrino
      ['cpt', '69210 por el cerumen, de verdad $150?'], ['eponym', 'disfunción de la trompa de eustaquio, sigo con el spray?'], ['drug', 'Ciprodex 4 gotas dos veces al día, 7 o 10 días?'],
      ['word', 'se me tapan los oídos cada vez que trago'], ['icd', 'J32.9 sinusitis crónica, necesito tomografía?'],
      // medicina deportiva
      ['eponym', 'osgood-schlatter en las dos rodillas, puede seguir jugando?'], ['word', 'regreso al deporte después de una conmoción, cuántos días?'], ['cpt', '20610 inyección en la rodilla, la cubren?'],
      ['eponym', 'el tendón de aquiles sigue tieso en las mañanas'], ['price', 'el examen físico deportivo cuesta {price}?'], ['word', 'el entrenador dice que entrene pero sin contacto, está bien?'],
      // vacunas del condado
      ['word', 'necesito cita o es sin cita?'], ['weekday', 'vacunan contra la influenza el {weekday} en la mañana?'], ['cpt', '90715 la tdap para secundaria, es gratis?'],
      ['eponym', 'ya hay vacuna contra la enfermedad de lyme?'], ['agelow', 'un niño de {agelow} años puede vacunarse sin su papá?'], ['word', 'perdí la cartilla de vacunación, cómo saco otra'],
      ['year', 'la última antitetánica fue en {year}, me toca?'], ['holiday', 'abren el día de reyes?'], ['holiday', 'cierran en semana santa?'], ['holiday', 'hay vacunación el día de muertos o cierran?'],
      ['word', 'la cruz roja también pone la vacuna?'], ['holiday', 'abren el día de todos los santos?'],
      // diálisis
      ['lab', 'potasio 5.8, qué comí mal?'], ['lab', 'fósforo 6.1, tomo el Velphoro también con las botanas?'], ['time', 'me cambian del turno de las 5:30 al de las 11:15?'], ['room', 'la silla 22 junto a la ventana porfa'],
      ['dose', 'Venofer 100 mg por 10 dosis, por qué tantas'], ['word', 'la fístula vibra menos hoy, me preocupo?'], ['duration', 'viajo por {duration}, me consiguen diálisis allá?'],
      // podología
      ['hcpcs', 'L3000 plantillas a la medida, cuántos pares al año'], ['eponym', 'neuroma de morton, inyección o cirugía?'], ['drug', 'el Jublia cuesta $600?? hay algo más barato'], ['word', 'otra vez la uña encarnada, me ven hoy?'],
      ['icd', 'B35.1 hongos en las uñas, lo cubren?'],
      // cirugía de ojos
      ['price', 'el lente tórico cuesta $1,800 extra por ojo?'], ['cpt', '66984 el izquierdo y 66984 el derecho dos semanas después?'], ['drug', 'Durezol, Ilevro y Vigamox, en qué orden y cuánto espero entre una y otra'],
      ['time', 'llegar a las 6:45 para la cirugía de las 8?'], ['word', 'la luz me molesta mucho después de la cirugía, es normal?'], ['lab', 'la presión del ojo salió 24, es alta?'], ['acuity', 'veía 20/60 y ahora 20/25'],
      // cosas de todos los días
      ['word', 'muchísimas gracias a todos!!'], ['word', 'ok, perfecto'], ['word', 'ya no, ya lo resolví'], ['word', 'hay alguien? llevo 20 minutos en el chat'], ['word', 'mejor llámenme en vez del chat'],
      ['word', 'cómo entro al portal? dice que mi contraseña venció'], ['word', 'el estacionamiento está lleno, dónde me estaciono'], ['room', 'por qué entrada es el centro de infusión, la A o la C?'],
      ['room', 'cardiología está en el piso 3 o 4?'], ['weekday', 'qué horario tienen el {weekday}?'], ['holiday', 'abren en nochebuena?'], ['holiday', 'horario de año nuevo?'], ['holiday', 'abren el jueves santo?'],
      ['word', 'atienden sin cita?'], ['word', 'tengo que cancelar, se me presentó algo'], ['word', 'voy 10 minutos tarde, hay tráfico'], ['complaint', 'la recepcionista fue muy grosera hoy'],
      ['complaint', 'he llamado 4 veces y nadie me regresa la llamada'], ['word', 'la enfermera fue muy linda con mi hijo, gracias'], ['word', 'que tengan buen fin de semana, salud!'],
      ['holiday', 'el día de las madres abren?'], ['order', 'el correo de confirmación dice {order} pero sin fecha de envío'], ['bp', 'en casa me salió {bp} y en la farmacia más alta'], ['count', 'les he marcado {count} veces jaja'],
      ['year', 'vengo aquí desde {year} y nunca había esperado tanto'],
    ],
  },
  tails: {
    en: [' (chair 14)', ', copay was {price}', ' - K was 5.8 btw', ' fyi {bp}', ' btw the app {version} crashed', ' ({icd})', ' and {order} never came', ' at {time} if possible', ' thx!!', ', billed {cpt}', ' (Eliquis 5 mg)'],
    es: [' (silla 14)', ', el copago fue {price}', ' - el potasio salió 5.8', ' por cierto {bp}', ' la app {version} se cerró', ' ({icd})', ' y el {order} no llegó', ' a las {time} si se puede', ' gracias!!', ', cobraron {cpt}'],
  },
  greetings: {
    en: ['Hi, good evening. ', 'Hello there - ', 'Good afternoon, ', 'Hiya ', 'Hi team, ', 'Morning! ', 'Excuse me, '],
    es: ['Buenas noches. ', 'Hola, buen día. ', 'Qué onda, ', 'Saludos, ', 'Hola, disculpe, ', 'Muy buenas, ', 'Buenas tardes equipo, '],
  },
};
