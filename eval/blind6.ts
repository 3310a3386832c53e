/**
 * A seventh, independent set of phrasings for the generator ("blind6"), written blind on 2026-11-27
 * (evening) for the next blind measurement: its author read eval/ (generator, values, score, run,
 * holdout, blind2 … blind5), DESIGN.md §4 and docs/evaluation.md, but nothing under src/, test/ or
 * bench/, and the engine was not run on it (only redact-pii, to check that it loads and generates).
 * It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind5.ts: new situations
 * (hospice and palliative care, dental clinic, pharmacy refills and prior authorisation, home health
 * nursing visits, prenatal care / OB, mental-health intake, urgent care follow-up, ambulance billing,
 * workers' compensation claims, nursing-home family updates, telehealth tech problems, vaccine clinic,
 * lab results portal, durable medical equipment, interpreter services), new cue words for ids ("bed
 * tag", "case #", "DME order for patient", "pharmacy profile #", "resident id", "cert #", "WC claim
 * #", "enrollment code", "rx id", "claim no.", "callback #", "efax", "secure fax", "lic plate",
 * "vehicle tag", "etiqueta de la cama", "clave de paciente", "número de certificado", "FPP", "FUM",
 * "EDC"), the same cue words where they are NOT a patient id ("rx #2", "claim no. 3", "DME order 2 of
 * 3", "FEHB enrollment code 105", "bed tag says fall risk"), ids without the obvious keyword, names
 * in every position (start, after verbs, lists, vocatives, sign-offs, possessives, parentheses, after
 * "cc", all caps context), ages over 89 in new shapes ("turned … last week", "… cumplidos"), dates
 * after new cue words (EDD/EDC/FPP/FUM, "on or about", "from … thru …"), addresses with "next to",
 * "back entrance", "entre la farmacia y la tienda", "colonia", phones and faxes with new cue words,
 * emails and urls inside sentences, lower case, all caps, missing punctuation, emoji, run-ons,
 * Spanglish, several identifiers per message, and negatives that look like PHI (tooth numbers, CDT
 * D2740/D0120, CPT 59400/90837/90686, HCPCS A0427/A0425/E0601/K0001, ICD Z51.5/F32.1/K02.52/S93.401A,
 * NDC codes, PHQ-9/GAD-7 scores, hCG, GBS, fundal height, fetal heart rate, room and bed numbers,
 * prices, times, counts, order/ticket/tracking numbers, drug brands that are also given names - yasmin,
 * yaz, diane-35, nora-be, chateal, larin, tilia fe, mili, ashlyna, amethia, vienva, loryna, stelara,
 * belara - months and weekdays used as words "may", "march", "friday feeling", "los domingos",
 * US state and city names used as ordinary words - maine coon, kentucky fried, texas sized, reading
 * glasses, mobile app, buffalo wings, denver omelet, boston terrier, orange juice, colorada, nevada,
 * león, granada, santander - and words that are names: will, grace, faith, summer, dawn, mark, bill,
 * rob, rose, amber, ruby, jade, ray, drew, pat, sage, cash, chip; dolores, luz, paz, mercedes, pilar,
 * consuelo, amparo, ángeles, esperanza, gracia, margarita, jazmín, violeta, alba, piedad).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND6_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        '{first} from hospice called but I missed it, is she still coming today', 'morphine kit question for the hospice nurse {first}', '{titled} in bed 4 keeps asking for her daughter',
        'the hygienist {first} said I need a deep cleaning, is that true', 'rx for {name} got sent to the wrong pharmacy AGAIN', 'still waiting on the prior auth for {relative}, its been forever',
        'home visit today with {provider}? nobody called to confirm', 'OB check for {name}, 28 weeks, she has swelling in both feet', 'intake form: client {name}, referred by the school counselor',
        'urgent care wants {relative} rechecked by you guys within 48 hrs', 'the ambulance bill has {name} on it but she was never transported', 'workers comp case for {name}, adjuster wants the work status note',
        "grandma's roommate {first} says nobody helped her to the bathroom last night", 'telehealth froze, can {provider} call my cell instead', 'vaccine clinic volunteer {first} handed me the wrong info sheet',
        'lab results for {name} are showing up in MY portal??', 'wheelchair delivery guy {first} said the paperwork is incomplete', 'interpreter needed for {name}: vietnamese, not cantonese please',
        'cc {name}', 'pls cc {first} and {relative} on the hospice updates', '{first}!!! the refill went through, ur the best', 'hey {first} quick one - is the flu shot free this year',
        'shoutout to {name} at the vaccine clinic 🙌', 'the nurse practitioner ({name}) said to take the iron with orange juice', "{name}'s POA here, can I get a copy of the hospice bill",
        "is {first}'s crown covered or not", 'thank you so much,\n{name} and family', 'xoxo {first}', '- typed by {name} for {relative}', 'ATTN {provider}: PATIENT IS HAVING CONTRACTIONS',
        'ask {first} or {first} at the dental front desk, they know me', 'me, my sister {first} and my brother {first} take turns with mom at the nursing home',
        'does {provider} do home visits for palliative pts', 'we asked for {provider} but got a different OB at delivery', 'i spelled it wrong on the form, its {name}',
        'mental health intake for {first}, 16, parents consent to treatment', 'the on call doc last night was {provider} i think',
      ],
      es: [
        'la enfermera del hospicio, {first}, viene los martes o los jueves?', 'el higienista {first} dice que necesito limpieza profunda', 'la receta de {name} la mandaron a otra farmacia',
        'control prenatal de {name}, tiene 30 semanas y se le hinchan los pies', 'la psicóloga que hizo la entrevista inicial, {first}, me cayó muy bien', '{titled} del cuarto 8 pregunta por su hija',
        'en urgencias le dijeron a {relative} que viniera con ustedes', 'la factura de la ambulancia viene a nombre de {name}', 'caso de accidente de trabajo de {name}, el ajustador quiere la incapacidad',
        'se congeló la videollamada con {provider}, me puede marcar?', 'vacunaron a {name} con la dosis de adulto? es un niño', 'los resultados de {name} aparecen en mi portal, qué pasó',
        'el señor de la silla de ruedas, {first}, no trajo los cojines', 'necesitamos intérprete de náhuatl para {name}', 'con copia a {name}', 'cc {first} y {first}',
        '{first}, mil gracias por lo de ayer 🙏', 'oye {first}, la vacuna de la influenza es gratis?', 'un saludo enorme a {name} de la campaña de vacunación',
        'la enfermera practicante ({name}) dijo que tome el hierro con jugo de naranja', 'soy la apoderada de {name}, me dan copia de la factura del hospicio?', 'la corona de {first} la cubre el seguro o no',
        'gracias por todo,\n{name} y familia', 'besos, {first}', 'ATENCIÓN {provider}: LA PACIENTE TIENE CONTRACCIONES', 'pregunten por {first} o por {first} en la recepción del dentista',
        'mi hermana {first}, mi hermano {first} y yo nos turnamos con mi mamá en el asilo', '{provider} hace visitas a domicilio pa cuidados paliativos?', 'me equivoqué en el formulario, es {name}',
        'mi sobrina {first}, 15 años, necesita cita de salud mental', 'hello, mi suegra {first} needs un refill de la insulina', 'anoche estaba de guardia {provider}, creo',
      ],
    },
    DATE: {
      en: [
        'hospice admission was {date}, when is the recert', 'crown prep {date}, permanent crown {date}?', 'refill too soon? last fill {date}', 'PA expires {date}, can u start the renewal',
        'nurse visit moved to {date}', 'my due date is {date} and im measuring big', 'ultrasound on {date} showed a girl 💕', 'first counseling session {date}, do I bring anything',
        'urgent care visit {date} for the sprain, is f/u needed', 'ambulance ride {date} - why am i billed twice', 'hurt my back at work {date}, WC forms attached', 'we visit grandpa in the home {date}, any flu restrictions',
        'telehealth {date} never connected, will i get charged', 'second dose due {date}?', 'results posted {date} but it still says pending', 'hospital bed rental started {date}',
        'interpreter booked for {date}? pls confirm', 'he was born {dobRaw}, the vaccine form asks', 'date of birth on the WC claim {dobRaw}, should be {dobRaw}',
        'baby arrived {dobRaw} 💕 how do we add her to the plan', 'pt DOB (per license) {dobRaw}', 'from {date} thru {date} I was off work per the urgent care note',
        'on or about {date} she stopped eating', 'EDC {date}', 'the cpap was delivered {date}, the compliance report starts when?',
      ],
      es: [
        'la admisión al hospicio fue el {date}', 'me prepararon la corona el {date}, la definitiva cuándo?', 'la última vez que surtí fue el {date}', 'el permiso del seguro se acaba el {date}, hay que renovar',
        'la enfermera cambió la visita al {date}', 'me calcularon el parto para el {date}', 'el ultrasonido del {date} salió niña 💕', 'primera sesión con la psicóloga el {date}, llevo algo?',
        'en la clínica de urgencias me vieron el {date} por el esguince', 'el traslado en ambulancia fue el {date} y me cobraron dos veces', 'me lastimé la espalda en la chamba el {date}',
        'voy a visitar a mi abuelo el {date} al asilo', 'la videoconsulta del {date} nunca conectó', 'la segunda dosis toca el {date}?', 'los resultados salieron el {date} pero dice pendiente',
        'la cama de hospital la rentamos desde el {date}', 'mi niña nació el {dobRaw}, la agregan al seguro?', 'FUM {date}', 'estuve de incapacidad del {date} al {date}',
        'en la credencial dice {dobRaw} pero nací otro día', 'FPP {date} y ya tengo contracciones',
      ],
    },
    AGE_OVER_89: {
      en: [
        'dad turned {ageRaw} on sunday and stopped eating', 'hospice pt is {ageRaw}, family wants everything done', 'she is {ageRaw} and needs her dentures relined',
        'can a {ageRaw} man get the rsv vaccine at your clinic', 'resident age {ageRaw}, family update pls', 'my grandpa ({ageRaw}) got lost walking home from church',
        'the ambulance crew said at {ageRaw} she should go to the ER', 'mom {ageRaw}, telehealth is impossible for her', 'pt {ageRaw} f, urgent care for uti sx',
        'prenatal class? no lol, asking for my great grandma who is {ageRaw} and wants to come', 'HE IS {ageRaw} AND ON 12 MEDS', 'interpreter for my abuelo, {age90}, spanish only',
      ],
      es: [
        'mi papá cumplió {ageRaw} la semana pasada y ya no come', 'la paciente del hospicio tiene {ageRaw} cumplidos', 'mi abuela de {ageRaw} necesita dentadura nueva',
        'residente con {ageRaw}, cómo sigue?', 'mi abuelito ({ageRaw}) se perdió caminando', 'los paramédicos dijeron que con {ageRaw} mejor al hospital',
        'mi mamá tiene {ageRaw}, no puede con la videollamada', 'abuelita de {ageRaw} con tos, la traigo a urgencias?', 'TIENE {ageRaw} Y TOMA 12 PASTILLAS',
        'my bisabuela, {age90}, wants the flu shot también',
      ],
    },
    ADDRESS: {
      en: [
        'hospice bed delivery to {address}, next to the church', 'ship the walker to {address} (back entrance)', 'home nursing visit at {address}, big dog in the yard 🐕',
        'is there a dentist that takes medicaid in {city}', 'closest urgent care to {city}?', 'ambulance picked me up at {address} and billed out of network', 'WC mail goes to {address}',
        'nursing home moved her to the {city} campus', 'vaccine pop up in {city} this weekend?', 'new address\n{address}', 'does the pharmacy deliver as far as {zipRaw}?',
        'lab results portal shows my old address {address}', 'is telehealth ok if im in {city} for work that week', 'the DME company still shows {address}, we are at {address} now',
        'mom lives in {city}, dad in {city}, who coordinates hospice', 'prenatal classes anywhere near {zipRaw}?', 'meet the interpreter at {address}, 2nd floor lobby',
      ],
      es: [
        'entreguen la cama de hospicio en {address}, junto a la iglesia', 'manden la andadera a {address}, por la puerta de atrás', 'la visita de enfermería es en {address}, cuidado con el perro 🐕',
        'hay dentista que acepte medicaid en {city}?', 'la urgencia más cercana a {city}?', 'la ambulancia me recogió en {address}', 'vivo en la colonia {city}, cuál clínica me corresponde?',
        'el asilo está en {address}, entre la farmacia y la tienda', 'hay campaña de vacunación en {city}?', 'en el portal de resultados sale mi domicilio viejo: {address}',
        'la empresa de la silla de ruedas tiene {address}, ya no vivo ahí', 'mi mamá vive en {city} y mi papá en {city}', 'la farmacia entrega hasta el {zipRaw}?',
        'nos vemos con la intérprete en {address}, planta baja', 'domicilio para la visita: {address}, tocar el timbre de arriba',
      ],
    },
    PHONE: {
      en: [
        'callback # {phoneRaw}', 'reach the daughter (POA) at {phoneRaw}', 'pharmacy can text refill alerts to {phoneRaw}', 'home nurse should call {phoneRaw} when parking',
        'if labor starts call my partner {phoneRaw}', 'telehealth dropped, dial me direct {phoneRaw}', 'my landline {phoneRaw} (no texts)', 'the adjuster wants me reachable at {phoneRaw}',
        '{phoneRaw} <- new #, old one is disconnected', 'PLS RING {phoneRaw} NOT MY HOME', 'work cell {phoneRaw}, personal {phoneRaw}', 'hospice on-call gave me {phoneRaw} but it rings out',
      ],
      es: [
        'número para devolver la llamada {phoneRaw}', 'a la hija (apoderada) al {phoneRaw}', 'la farmacia me puede mandar mensaje al {phoneRaw}', 'que la enfermera me timbre al {phoneRaw} cuando llegue',
        'si empiezo con contracciones llamen a mi pareja {phoneRaw}', 'se cayó la videollamada, márqueme directo al {phoneRaw}', 'el fijo de la casa {phoneRaw}, no recibe mensajes',
        '{phoneRaw} ← número nuevo', 'LLÁMENME AL {phoneRaw} NO AL DE LA CASA', 'cel del trabajo {phoneRaw} y el personal {phoneRaw}',
      ],
    },
    FAX: {
      en: [
        'hospice orders: fax line {faxRaw}', 'dental office efax {faxRaw}', 'PA request faxed to the plan at {faxRaw}, can u confirm receipt', 'send the work status note via fax, {faxRaw}',
        'urgent care records, secure fax {faxRaw}', 'DME supplier wants the signed order by fax: {faxRaw}', 'the nursing home fax machine is {faxRaw}',
      ],
      es: [
        'las órdenes del hospicio mándenlas al fax {faxRaw}', 'el consultorio dental recibe fax en el {faxRaw}', 'manden la incapacidad por fax: {faxRaw}', 'el proveedor de la silla pide la orden firmada por fax {faxRaw}',
        'el fax del asilo {faxRaw}', 'mandé la solicitud al fax de la aseguradora {faxRaw}',
      ],
    },
    EMAIL: {
      en: [
        'pls send the dental x-rays to {email} for my new dentist', 'the pharmacy coupon went to {email}, thats not mine', 'hospice updates by email only: {email}', 'my adjuster is {email}, cc her',
        'forward the telehealth invite to {email}, mom cant check hers', 'portal login {email} keeps saying unknown user', 'contact me via {email} or the app whichever', 'interpreter agency email is {email}',
      ],
      es: [
        'manden las radiografías al {email} para el dentista nuevo', 'los avisos del hospicio por correo a {email}', 'el correo del ajustador del seguro: {email}', 'el link de la consulta mándenlo a {email}',
        'mi usuario del portal de resultados {email} no entra', 'escríbanme a {email} cuando esté la receta',
      ],
    },
    URL: {
      en: [
        'dental financing link {url} asks for way too much info', 'the telehealth room {url} shows a black screen', 'our family hospice updates page {url}', 'vaccine sign-up form {url} says full',
        'lab results link {url} expired before i opened it', 'the DME company said to order online at {url}',
      ],
      es: ['la videoconsulta en {url} nomás muestra pantalla negra', 'el registro para la vacuna {url} dice lleno', 'el link de resultados {url} ya caducó', 'la página de la familia {url} con fotos de mi papá', 'pedí la silla en {url}'],
    },
    IP_ADDRESS: {
      en: ['telehealth support asked for my ip, its {ip}', 'lab portal locked me out after attempts from {ip}', 'vpn ip {ip}', 'home router {ip} keeps dropping the video', 'unknown login from {ip} on my pharmacy account'],
      es: ['soporte de la videoconsulta pide mi ip: {ip}', 'el portal de resultados me bloqueó por {ip}', 'mi módem {ip} corta el video', 'alguien entró a mi cuenta de la farmacia desde {ip}'],
    },
    SSN: {
      en: [
        'WC paperwork asks for employee ssn {ssnRaw}', 'hospice enrollment needs dads social {ssnRaw}', 'ambulance co. wants my social: {ssnRaw} is that normal', 'for the sliding scale at the dental clinic, ssn {ssnRaw}',
        'SS# of the subscriber {ssnRaw}', 'soc sec number {ssnRaw} for the medicaid app', 'the 9 digits they keep asking for: {ssnRaw}',
      ],
      es: [
        'para el caso de trabajo piden el seguro social {ssnRaw}', 'pal hospicio: social del papá {ssnRaw}', 'la compañía de ambulancias me pide el seguro social completo {ssnRaw}', 'SSN del titular {ssnRaw}',
        'pal trámite del medicaid, social {ssnRaw}', 'el ITIN de mi esposo {ssnRaw}',
      ],
    },
    MRN: {
      en: [
        'bed tag reads {mrnRaw}', 'case # {mrnRaw} from the hospital social worker', 'DME order for patient {mrnRaw}', 'pharmacy profile # on my rx label {mrnRaw}', 'the dentist has me under {mrnRaw}',
        'hospice pt id {mrnRaw}', 'UC record no. {mrnRaw}', 'nursing home resident id {mrnRaw}', 'OB chart {mrnRaw}', 'the long number at the top of my discharge sheet, {mrnRaw}',
      ],
      es: [
        'la etiqueta de la cama dice {mrnRaw}', 'número de caso del hospital {mrnRaw}', 'orden de equipo médico para el paciente {mrnRaw}', 'en el dentista estoy como {mrnRaw}',
        'id de paciente del hospicio {mrnRaw}', 'residente núm. {mrnRaw}', 'expediente de control prenatal {mrnRaw}', 'clave de paciente {mrnRaw}', 'folio de paciente {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'cert # on the insurance card {planRaw}', 'WC claim # {planRaw}', 'medicaid enrollment code {planRaw}', 'medicare claim no. {planRaw}', 'dental insurance member # {planRaw}',
        'hospice benefit billed under {planRaw}', 'the baby goes on my plan, my id {planRaw}', 'rx id on my card {planRaw}', 'part D id {planRaw}', 'my CHIP number for the kids {planRaw}',
        'can u verify coverage, ins # {planRaw}', 'from the card: {planRaw}',
      ],
      es: [
        'número de certificado en la credencial {planRaw}', 'número del reclamo de compensación laboral {planRaw}', 'código de inscripción de medicaid {planRaw}', 'número de afiliado del seguro dental {planRaw}',
        'el hospicio lo cobran a {planRaw}', 'mi póliza de gastos médicos {planRaw}', 'id de la parte D {planRaw}', 'el número de CHIP de los niños {planRaw}', 'sale así en la credencial: {planRaw}',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'ambulance billing acct {acctRaw}', 'the dental payment plan account {acctRaw}', 'hospice statement account no {acctRaw}', 'send the overpayment back to checking acct {acctRaw}',
        'responsible party account {acctRaw}', 'pharmacy charge account {acctRaw}', 'HSA bank acct {acctRaw}', 'nursing home private pay account {acctRaw}',
      ],
      es: [
        'cuenta de la ambulancia {acctRaw}', 'el plan de pagos del dentista, cuenta {acctRaw}', 'regresen el pago a mi cuenta de cheques {acctRaw}', 'cuenta del responsable {acctRaw}',
        'la cuenta del asilo {acctRaw}', 'mi cuenta de crédito de la farmacia {acctRaw}',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'pickup of the controlled rx needs id, my DL {licRaw}', 'home health RN lic {licRaw}', "the dentist's DEA {licRaw} on the script is smudged", 'interpreter cert number {licRaw}',
        'ambulance crew asked for my license, {licRaw}', 'passport # for the medical tourism trip {licRaw}', 'NP license {licRaw}', 'state issued id {licRaw}',
      ],
      es: [
        'para recoger el medicamento controlado, mi licencia {licRaw}', 'la cédula de la enfermera {licRaw}', 'la DEA del dentista {licRaw}', 'número de certificación del intérprete {licRaw}',
        'el pasaporte pa el viaje médico {licRaw}', 'licencia de conducir de mi mamá {licRaw}',
      ],
    },
    NPI: {
      en: ['dentist npi {npiRaw} for the medical crossover claim', 'hospice attending npi {npiRaw}', 'the OB npi {npiRaw} is missing on the claim', 'DME order needs prescriber NPI {npiRaw}', 'urgent care group npi {npiRaw}'],
      es: ['al dentista le piden su npi, es {npiRaw}', 'NPI del médico del hospicio {npiRaw}', 'al reclamo le falta el npi del ginecólogo {npiRaw}', 'npi de la clínica de urgencias {npiRaw}'],
    },
    VEHICLE_ID: {
      en: [
        'ambulance unit {vehicleRaw} hit our gate on the way out', 'visitor pass for {vehicleRaw}, nursing home lot', 'lic plate {vehicleRaw} is parked in the hospice ambulance bay',
        'WC accident, company truck {vehicleRaw}', 'vehicle tag {vehicleRaw}', 'the home nurse car {vehicleRaw} blocked my driveway lol', 'the DME van {vehicleRaw} dropped the bed at the wrong house',
      ],
      es: [
        'la ambulancia {vehicleRaw} chocó la reja', 'estacionamiento de visitas para el carro {vehicleRaw}', 'número de placa {vehicleRaw}', 'la camioneta de la empresa {vehicleRaw}, fue accidente de trabajo',
        'el carro de la enfermera {vehicleRaw} tapó mi cochera',
      ],
    },
    DEVICE_ID: {
      en: [
        'hospital bed controller sn {deviceRaw} stuck in the up position', 'the telehealth tablet {deviceRaw} wont turn on', 'fetal doppler serial {deviceRaw} from the OB loaner program',
        'cpap from the DME co, device {deviceRaw}', 'vaccine fridge logger {deviceRaw} alarmed overnight', 'the hearing aid {deviceRaw} the clinic gave me whistles', 'wheelchair motor serial {deviceRaw}',
      ],
      es: [
        'la cama de hospital serie {deviceRaw} no baja', 'la tableta de las videoconsultas {deviceRaw} no prende', 'el cpap que me dieron {deviceRaw} hace ruido', 'el audífono que me dieron {deviceRaw} chifla',
        'la silla de ruedas eléctrica, serie {deviceRaw}',
      ],
    },
    CREDIT_CARD: {
      en: [
        'pay the ambulance balance with {cardRaw}', 'dental deposit on {cardRaw}', 'amex {cardRaw} for the hospice equipment', 'update the card on file: {cardRaw}', 'my fsa card {cardRaw}',
        'prenatal vitamins, charge {cardRaw}', 'put the urgent care copay on {cardRaw} please',
      ],
      es: [
        'paguen lo de la ambulancia con {cardRaw}', 'el anticipo del dentista, pago con {cardRaw}', 'mi amex {cardRaw}', 'la tarjeta registrada debe ser {cardRaw}', 'la tarjeta del FSA {cardRaw}',
        'cárguenlo a la de crédito {cardRaw}',
      ],
    },
    IBAN: {
      en: ['my daughter in spain will pay from {ibanRaw}', 'send the dental refund to {ibanRaw}', 'travel clinic deposit, my bank is {ibanRaw}', 'insurer abroad reimburses into {ibanRaw}', 'standing order from {ibanRaw} for the nursing home'],
      es: ['mi hija en España paga desde {ibanRaw}', 'el reembolso del dentista a {ibanRaw}', 'domicilien el pago de la residencia en {ibanRaw}', 'la mutua me reembolsa en {ibanRaw}', 'cuenta para la transferencia: {ibanRaw}'],
    },
  },
  idFrames: {
    en: [
      'WC adjuster asked for {X}', 'hospice intake wants {X}', 'for the DME order: {X}', 'dental front desk needs {X} before the cleaning', 'telehealth check-in form: {X}',
      'prior auth dept asked me {X}', '{X} <- from the card', 'typing it again... {X}', 'VACCINE CLINIC SAID TO SEND {X}', 'nursing home admissions: {X}', 'heads up {X}',
      "{X} (mom's, not mine)", 'pharmacy wont refill w/o {X}',
    ],
    es: [
      'el ajustador pidió {X}', 'en el hospicio piden {X}', 'para la orden del equipo: {X}', 'en el dentista piden {X} antes de la limpieza', 'formulario de la videoconsulta: {X}',
      'autorizaciones me pidió {X}', '{X} ← sale en la tarjeta', 'lo escribo otra vez... {X}', 'LA CAMPAÑA DE VACUNACIÓN PIDE {X}', 'admisiones del asilo: {X}', 'pa que lo tengan {X}',
      '{X} (es de mi mamá, no mío)', 'la farmacia no surte sin {X}',
    ],
  },
  mixed: {
    en: [
      'hospice admit: {name}, {ageRaw}, {address}, daughter {first} {phoneRaw}', 'OB intake {name} EDD {date} {plan}', 'WC claim for {name}, injured {date}, employer fax {faxRaw}, {ssn}',
      'dental: {name} dob {dobRaw}, card {cardRaw}', 'DME order for {name} {mrn} ship to {address} signed by {provider}', 'urgent care f/u {name} seen {date} by {provider} {npi}',
      'ambulance bill {acct} for {name} - pay via {card}', 'telehealth for {first}: link {url}, ip {ip}, email {email}', 'nursing home update for {relative}: room 12, eating ok, call {phoneRaw}',
      'vaccine clinic: {name}, {dob}, {plan}, mom {first}', '{first} - {phoneRaw} - {email} - text first', 'interpreter for {name} ({dobRaw}) at {address} on {date}', 'lab portal: {email} / {mrn} / {dob}',
      'WC crash report: {name}, {vehicle}, {lic}', 'refund {name} to {ibanRaw} or {acct}',
    ],
    es: [
      'ingreso al hospicio: {name}, {ageRaw}, {address}, hija {first} {phoneRaw}', 'control prenatal {name}, FPP {date}, {plan}', 'accidente laboral de {name}, el {date}, fax de la empresa {faxRaw}, {ssn}',
      'dentista: {name}, nac. {dobRaw}, tarjeta {cardRaw}', 'orden de equipo para {name} {mrn}, enviar a {address}', 'urgencias: {name}, visto el {date} por {provider} {npi}',
      'factura de ambulancia {acct} de {name}, pago con {card}', 'videoconsulta de {first}: {url}, correo {email}', 'noticias de {relative} en el asilo? llámenme al {phoneRaw}',
      'vacunas: {name}, {dob}, {plan}', 'intérprete para {name} ({dobRaw}) en {address} el {date}', 'hi soy {name}, my cell {phoneRaw}, el correo {email}, thanks', 'reembolso a {name}: {ibanRaw}',
    ],
  },
  negatives: {
    en: [
      ['word', 'will the hospice nurse come on weekends or only weekdays'], ['word', 'we said grace and then mom could not swallow her pills'], ['word', 'losing faith in this refill system honestly'],
      ['word', 'the summer camp wants a vaccine record, where do i download it'], ['word', 'up since dawn with contractions, maybe false labor?'], ['word', 'there is a dark mark on my back tooth'],
      ['word', 'why is the ambulance bill so high'], ['word', 'these dental prices rob me blind lol'], ['word', 'her fever rose overnight, still eating tho'], ['word', 'pee is dark amber, am i dehydrated'],
      ['word', 'ruby red rash around the IV site'], ['word', 'do jade rollers help with TMJ'], ['word', 'any ray of hope on the prior auth?'], ['word', 'they drew blood twice and still lost the sample'],
      ['word', 'pat the incision dry or let it air dry'], ['word', 'sage tea while pregnant ok?'], ['word', 'can i pay cash at urgent care'], ['word', 'chipped a tooth on a popcorn kernel'],
      ['word', 'how do i sign up for the lab results portal'], ['word', 'the doctor said to call if the swelling gets worse'], ['word', 'my mom is in the nursing home and hates the food'],
      ['word', 'is the interpreter free or do we pay'], ['word', 'pharmacy says the prior auth is pending, what does that mean'], ['word', 'can the home health nurse change a wound vac'],
      ['word', 'telehealth says camera blocked, help'], ['word', 'do you need a referral for the mental health intake'], ['word', 'HOW DO I GET A WHEELCHAIR'], ['word', 'ok sounds good'], ['word', 'lol ok ty'],
      ['word', 'bed tag says fall risk and NPO'],
      ['city', 'reading glasses from the pharmacy ok or do i need an eye exam'], ['city', 'the mobile app logs me out every time'], ['city', 'had buffalo wings before the fasting labs oops'],
      ['city', 'does a denver omelet break the fast lol'], ['city', 'is orange juice ok with the antibiotic'], ['city', 'our boston terrier bit my hand, tetanus shot?'],
      ['state', 'our maine coon scratched me, looks infected'], ['state', 'ate kentucky fried chicken and now my ankles are swollen'], ['state', 'texas sized bruise after the blood draw'],
      ['state', 'is {state} medicaid accepted at the dental clinic'],
      ['month', 'you may need a new crown, the dentist said'], ['month', 'the night nurses march in at 7 for shift change'], ['month', 'i may or may not have skipped my prenatal vitamins'],
      ['weekday', 'friday feeling but im in the ER lol'], ['weekday', 'sunday scaries about my dental appt'], ['weekday', 'is the vaccine clinic open {weekday} or {weekday}'],
      ['drug', 'switched from yasmin to yaz, same thing?'], ['drug', 'is diane-35 available in the us'], ['drug', 'nora-be while breastfeeding?'], ['drug', 'chateal or larin, which is cheaper w/o insurance'],
      ['drug', 'pharmacy gave me tilia fe instead of mili'], ['drug', 'stelara prior auth denied again'], ['drug', 'ashlyna or amethia for extended cycle'], ['drug', 'vienva vs loryna?'],
      ['cdt', 'D2740 crown on tooth 30, is that covered'], ['cdt', 'D0120 and D1110 both billed today'], ['tooth', 'tooth #14 needs a root canal'], ['tooth', 'teeth 1 16 17 32 all impacted'],
      ['cpt', 'global OB 59400 vs 59510?'], ['cpt', '90837 billed but the session was 45 min'], ['cpt', '90686 flu vaccine plus 90471 admin'], ['cpt', 'was {cpt} the urgent care level'],
      ['hcpcs', 'A0427 and A0425 on the ambulance bill'], ['hcpcs', 'E0601 cpap rental month 3 of 13'], ['hcpcs', 'K0001 wheelchair denied'],
      ['icd', 'Z51.5 on the hospice claim'], ['icd', 'F32.1 on my intake paperwork'], ['icd', 'Z23 for the shot?'], ['icd', 'K02.52 is the cavity code?'], ['icd', 'S93.401A ankle sprain from urgent care'],
      ['icd', '{icd} on the WC form'], ['ndc', 'hospice pharmacy sent {ndc} instead'],
      ['room', 'mom moved from room 214 to 216, is that the memory care wing'], ['room', 'bed 2 by the window please'], ['room', 'operatory 3 is freezing'], ['room', 'L&D room {count}?'],
      ['room', 'hospice suite 5 has a nicer view'],
      ['rxcount', 'rx #2 is the blood thinner and rx #3 the statin'], ['rxcount', '0 refills left on the rx, need a new script'], ['rxcount', 'claim no. 2 got paid but claim no. 3 denied'],
      ['rxcount', 'DME order 2 of 3 arrived, missing the commode'], ['plancode', 'fehb enrollment code 105 or 106 for self plus one?'],
      ['order', 'DME {order} shipped?'], ['ticket', 'telehealth outage {ticket}'], ['tracking', 'prenatal vitamins {tracking} lost'], ['invoice', 'ambulance {invoice}, {price}'], ['confirmation', 'vaccine slot {confirmation}'],
      ['price', 'crown costs {price} even with insurance'], ['price', 'ambulance ride $1,850.00 for 4 miles'], ['price', 'copay $35 at urgent care vs $250 at the ER'],
      ['dose', 'morphine 5 mg/0.25 mL every 2 hrs as needed'], ['dose', 'prenatal with 800 mcg folic acid enough?'], ['dose', 'lidocaine 2% with epi, how long will i be numb'], ['dose', 'sertraline {dose} to start'],
      ['dose', 'iron 325 mg every other day'],
      ['lab', 'hcg 1,540 then 3,100 two days later'], ['lab', '1 hr glucose 138, do i need the 3 hr'], ['lab', 'GBS negative 👍'], ['lab', 'eGFR 52 ok for contrast?'], ['lab', '{lab} on the portal but no comment'],
      ['score', 'PHQ-9 was 14 and GAD-7 11'], ['pain', 'since the extraction its {pain}'],
      ['vitals', 'fundal height 30 cm at 31 weeks'], ['vitals', 'fetal hr 145 on the doppler'], ['vitals', 'temp 100.4 after the shot'], ['bp', '{bp} at the OB'], ['vitals', 'contractions 5 min apart lasting 60 sec'],
      ['time', 'on-call picks up after {time}'], ['time', 'home nurse between {time} and {time}'], ['duration', 'on hospice {duration} now'], ['duration', 'numb for {duration}?'],
      ['year', 'last dental cleaning was {year} oops'], ['agelow', 'my daughter is {agelow}, can she consent to counseling'], ['agelow', 'dad is {agelow} and hates the nursing home'],
      ['version', 'telehealth {version} no audio'], ['planname', '{planname} dental rider?'], ['ratio', 'dental pays {ratio} on crowns'], ['count', '{count} shots given today at the clinic!'],
      ['count', 'waited 3 hrs at urgent care'], ['count', 'im 12 weeks and spotting a little'],
    ],
    es: [
      ['word', 'tengo dolores de muela desde el sábado'], ['word', 'está por dar a luz, ya se le rompió la fuente'], ['word', 'que descanse en paz, gracias por cuidarlo'],
      ['word', 'mi cuñado tiene un mercedes y ni así paga la ambulancia jaja'], ['word', 'mi mamá siempre ha sido nuestro pilar'], ['word', 'qué consuelo saber que ya no sufre'],
      ['word', 'metimos un amparo contra el seguro'], ['word', 'las enfermeras del asilo son unos ángeles'], ['word', 'con la esperanza de que aprueben la autorización'],
      ['word', 'no me hace gracia que me cobren dos veces'], ['word', 'me tomé una margarita, le afecta al antibiótico?'], ['word', 'té de jazmín en el embarazo se puede?'],
      ['word', 'la encía está violeta, es normal?'], ['word', 'al alba ya tenía contracciones'], ['word', 'tengan piedad, llevo una hora esperando'], ['word', 'cómo me registro en el portal de resultados'],
      ['word', 'el doctor dijo que si se hincha vuelva'], ['word', 'a mi mamá no le gusta la comida del asilo'], ['word', 'el intérprete cuesta o es gratis'], ['word', 'se trabó la cámara en la videoconsulta'],
      ['word', 'necesito pase para la entrevista de salud mental?'], ['word', 'COMO CONSIGO UNA SILLA DE RUEDAS'], ['word', 'sale pues'], ['word', 'okis gracias'],
      ['word', 'la etiqueta de la cama dice riesgo de caída'],
      ['state', 'la herida está colorada y caliente'], ['state', 'la calle está nevada, puedo hacer la cita por video?'], ['state', 'aceptan el medicaid de {state}?'],
      ['city', 'el niño come como león desde que salió de urgencias'], ['city', 'jugo de granada con el anticoagulante?'], ['city', 'mi banco es santander, aceptan transferencias?'],
      ['weekday', 'los domingos no hay enfermera?'], ['weekday', 'abre la campaña el {weekday}?'],
      ['drug', 'cambié de yasmin a yaz, es lo mismo?'], ['drug', 'la diane 35 me da dolor de cabeza'], ['drug', 'belara o yasmin para el acné'],
      ['cdt', 'me cobraron D2740 por la corona'], ['tooth', 'la pieza 36 tiene caries'], ['tooth', 'me sacaron las muelas 18 y 28'], ['cpt', 'el 59400 incluye el parto?'], ['cpt', '{cpt} fue la consulta?'],
      ['hcpcs', 'A0427 en la factura de la ambulancia'], ['icd', 'Z51.5 en el reclamo del hospicio'], ['icd', 'F32.1 en la hoja de admisión'], ['icd', '{icd} en el formato de incapacidad'],
      ['ndc', 'la farmacia del hospicio mandó {ndc}'],
      ['room', 'a mi mamá la pasaron del cuarto 214 al 216'], ['room', 'la cama 2 junto a la ventana porfa'], ['room', 'sala de parto {count}?'],
      ['rxcount', 'la receta #2 es el anticoagulante y la #3 la del colesterol'], ['rxcount', 'me quedan 0 resurtidos'], ['rxcount', 'el reclamo no. 2 lo pagaron pero el no. 3 no'],
      ['rxcount', 'del pedido de equipo llegaron 2 de 3 cajas'],
      ['order', 'el {order} del equipo médico?'], ['ticket', 'falla de la videoconsulta {ticket}'], ['tracking', 'las vitaminas {tracking} no llegan'], ['invoice', 'la {invoice} de la ambulancia, {price}'],
      ['confirmation', 'cita de vacuna {confirmation}'],
      ['price', 'la corona sale en {price} con todo y seguro'], ['price', 'por 6 km de ambulancia me cobraron {price}'], ['dose', 'morfina 5 mg cada 4 horas si hay dolor'], ['dose', 'ácido fólico 400 mcg diario'],
      ['dose', 'la sertralina {dose} para empezar'], ['lab', 'la hcg salió en 1,540'], ['lab', 'curva de tolerancia 138 a la hora'], ['lab', '{lab} en el portal'], ['score', 'PHQ-9 de 14'],
      ['vitals', 'altura uterina 30 cm'], ['vitals', 'latido del bebé 145'], ['vitals', 'contracciones cada 5 minutos'], ['bp', '{bp} en la consulta prenatal'], ['vitals', 'fiebre de 38.2 después de la vacuna'],
      ['time', 'la guardia contesta después de las {time}'], ['time', 'la enfermera llega de {time} a {time}'], ['duration', 'lleva {duration} en hospicio'], ['year', 'mi última limpieza fue en {year}'],
      ['agelow', 'mi hija tiene {agelow} años, puede ir sola a terapia?'], ['count', 'tengo 12 semanas de embarazo'], ['version', 'la app {version} sin audio'], ['planname', 'el {planname} cubre dental?'],
      ['ratio', 'de la corona el seguro cubre {ratio}?'], ['count', 'vacunamos a {count} personas hoy'], ['count', 'esperé 3 horas en urgencias'], ['pain', 'después de la extracción {pain}'],
    ],
  },
  tails: {
    en: [' (DME {order})', ', the crown alone was {price}', ' (currently {dose})', ' plus {lab}', ' before {time} if possible', ' and they coded {icd}', ', {bp} at the visit', ' for {duration} already', ' (tooth #14 btw)', ', billed {cpt}'],
    es: [' (equipo {order})', ', la pura corona salió en {price}', ' (ahorita con {dose})', ' además {lab}', ' de preferencia antes de las {time}', ' y pusieron {icd}', ', {bp} en la consulta', ' ya van {duration} así', ' (la pieza 36 por cierto)'],
  },
  greetings: {
    en: ['Hello hello, ', 'hi its me ', 'Greetings, ', 'Howdy ', 'evening all, ', 'hey so ', 'Dear care team, '],
    es: ['Buenas noches equipo, ', 'holaaa ', 'buen día tengan, ', 'Hola qué tal ', 'saludos cordiales. ', 'ey buenas ', 'Estimado equipo: '],
  },
};
