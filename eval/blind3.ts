/**
 * A fourth, independent set of phrasings for the generator ("blind3"), written blind on 2026-11-27
 * for the final measurement of the day: its author read eval/ (generator, values, score, run,
 * holdout, blind2), DESIGN.md §4 and docs/evaluation.md, but nothing under src/, and the engine was
 * not tuned on it before it was measured. It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and
 * blind2.ts: new situations (pharmacy refills, prior authorisation, home health, long-term care
 * families, insurance disputes, telehealth logistics, lab results, billing), new cue words
 * ("armband", "hosp unit #", "sub id", "tarjeta sanitaria", "carnet de conducir", "número de historia"),
 * names in every position (message start, after verbs, lists, vocatives, sign-offs, possessives),
 * lower case, all caps, run-ons, Mexican, Caribbean, Central American, Spain and US Spanish
 * (Spanglish), several identifiers per message, and negatives that look like PHI (doses, lab values,
 * vitals, CPT/ICD/NDC codes, prices, room/bed numbers, order/ticket/tracking numbers, drug names that
 * are also given names, "will/grace/hope/may/rose/mark/bill/faith", "luz/paz/dolores/esperanza").
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND3_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        '{first} here 👋 quick q about the prior auth', 'prior auth for {name} got denied again whats next', 'tell {first} i said thanks for the home visit',
        'the home health aide {first} didnt show up today', 'pharmacy tech {first} said to message the office', "is {relative}'s refill ready yet",
        'is this {first} or a bot lol', 'ok thank you {first} have a good night', 'cc: {name}, {name}', 'me, {relative} and {relative} all need flu shots',
        'talked to {first} up front then {first} transferred me and the call dropped', '{provider} signed the order but the pharmacy cant read it',
        'switching from {provider} to {provider}, how do i do that', 'telehealth link for {name} at 3?', 'visiting {titled} at the nursing home can i bring her pills',
        'RE: {name} EOB', 'pls call back asap\n- {name}', 'best,\n{first}', 'did {first} get my voicemail', 'need a letter for work saying {name} was seen',
        'insurance says the subscriber is {name} not me', 'wrong patient billed, {name} was never at that visit', 'ALSO {first} NEEDS HIS INHALER REFILLED',
        "{titled}'s daughter again, any news on the PA", 'can {first} from the lab call me back',
      ],
      es: [
        'buenas, le habla {name}, es por la autorización previa', 'a {name} le negaron la autorización otra vez, ¿qué hago?', 'díganle a {first} que gracias por la visita en casa',
        'la muchacha que cuida a mi mamá, {first}, no vino hoy', 'el de la farmacia, {first}, me dijo que les escribiera', 'vale, gracias {first}, hasta luego',
        'oye {first}, ¿me pasas con el médico?', 'vos {first}, ¿ya salieron los exámenes de {relative}?', '¿la receta de {relative} ya está lista?',
        'mi pana {first} me dijo que ustedes atienden sábado', 'estoy visitando a {titled} en el asilo, ¿le puedo llevar sus pastillas?', 'atentamente,\n{name}',
        '{provider} firmó la orden pero en la farmacia no le entienden', 'quiero cambiarme de {provider} a {provider}', 'el seguro dice que el titular es {name}, no yo',
        'ocupo una constancia de que {name} vino a consulta', 'el link de la videollamada para {name}, ¿a qué hora es?', 'yo, {relative} y {relative} necesitamos la vacuna',
        'hablé con {first} en recepción y luego {first} me pasó con cobranza', 'la cipota de {first} tiene calentura desde ayer', 'my tía {name} está internada, can I call her?',
        'gracias por todo {provider} 🙏',
      ],
    },
    DATE: {
      en: [
        'refill was due {date} but pharmacy says too early', 'PA approved thru {date}?', 'lab drawn {date} results still pending', 'home health starts {date} right',
        'the statement dated {date} is wrong', 'DOS {date} billed twice', 'birthdate on the claim is {dobRaw} but mine is {dobRaw}', 'pt born {dobRaw}', 'bd: {dobRaw}',
        'telehealth moved to {date} 10am?', 'mom moved into the facility {date}', 'colonoscopy {date}, when do i start the prep', 'coverage ended {date} they said',
        'LMP {date}', 'i think it was {date} or {date} idk', 'appeal letter sent {date} no answer', 'D.O.B {dobRaw}',
      ],
      es: [
        'la receta tocaba el {date} pero dicen que es muy pronto', '¿la autorización vence el {date}?', 'me hicieron los análisis el {date}', 'la enfermera empieza a venir el {date}',
        'el cobro del {date} está duplicado', 'fecha de nac {dobRaw}', 'cumpleaños: {dobRaw}', 'mi mamá entró al asilo el {date}',
        'la colonoscopía es el {date}, cuándo empiezo la preparación', 'se me venció el seguro el {date}', 'mandé la apelación el {date} y nada',
        'la consulta virtual pasó pa el {date}?', 'creo que fue el {date} o el {date}, no me acuerdo', 'vale, entonces el {date} a primera hora',
      ],
    },
    AGE_OVER_89: {
      en: [
        'my grandfather is {ageRaw} and in long term care', 'resident is {ageRaw}, needs a new walker', 'GG turns {ageRaw} on sunday', '{ageRaw}, female, fall at home',
        'shes {ageRaw} and on 9 meds', 'is {ageRaw} too old for a pacemaker', 'HER AGE IS {ageRaw}', 'pt is {ageRaw} and needs home o2', 'my great aunt, {age90}, lives w us',
      ],
      es: [
        'mi abuelo tiene {ageRaw} y está en una residencia', 'la residente tiene {ageRaw}', 'con {ageRaw} todavía maneja', 'mi bisabuelo de {ageRaw} se cayó',
        'mi suegra tiene {ageRaw} y toma 9 medicinas', 'a los {ageRaw} ya no quiere operarse', 'mi abuelita va a cumplir {ageRaw} el domingo',
      ],
    },
    ADDRESS: {
      en: [
        'deliver the oxygen to {address}', 'home health address {address}', 'refills keep going to {address} i moved', 'the facility is {address}',
        'we are near {city} how far is the clinic', 'telehealth from {city} ok if im out of state?', 'is my pharmacy at {address} in network', 'mom lives at {address}, unit is in back',
        'service area covers {zipRaw}?', 'drop off at {address} leave at door', 'i summer in {city} and winter in {city}', 'EOB mailed to {address} wrong',
        'pick me up at {address} for dialysis', 'GPS shows {address} but thats not it',
      ],
      es: [
        'lleven el oxígeno a {address}', 'las medicinas siguen llegando a {address}, ya me mudé', 'la residencia está en {address}', 'estamos cerca de {city}, qué tan lejos queda la clínica',
        'paso el verano en {city}', 'mi farmacia está en {address}, está en la red?', 'recójanme en {address} para la diálisis', 'la carta del seguro llegó a {address}',
        'déjenlo en {address} con el portero', 'soy de {city} pero vivo acá hace años', 'mi zona postal es {zipRaw}, me toca esa clínica?', 'en {city} no hay especialista, vale?',
      ],
    },
    PHONE: {
      en: [
        'txt me {phoneRaw}', 'daughter handles it, {phoneRaw}', '{phoneRaw} is the landline', 'my # changed to {phoneRaw} update it pls', 'wrong # on the rx bottle mine is {phoneRaw}',
        'the home health nurse can reach me on {phoneRaw}', 'CALL ME {phoneRaw}', 'reach my son {phoneRaw} or me {phoneRaw}',
      ],
      es: [
        'mi móvil es {phoneRaw}', 'escríbeme al {phoneRaw} por wasa', 'el teléfono de la residencia {phoneRaw}', 'llámenme a este {phoneRaw}', 'mi hijo lleva todo, {phoneRaw}',
        'mi celu es {phoneRaw}', 'dale, llámame al {phoneRaw} ahorita',
      ],
    },
    FAX: {
      en: ['PA forms go to fax {faxRaw}', 'facsimile {faxRaw}', 'faxed from {faxRaw} did u get it', 'plz fax the denial letter to {faxRaw}'],
      es: ['el fax de la residencia es {faxRaw}', 'lo mandé por fax desde el {faxRaw}', 'envíen la autorización al fax {faxRaw}'],
    },
    EMAIL: {
      en: ['my portal username {email}', 'send the EOB to {email}', 'use {email} for billing stuff', 'emailed you from {email} yesterday', 'login email: {email}'],
      es: ['mándame el recibo a {email}', 'mi usuario es {email}', 'les escribí desde {email}', 'el email de mi hija {email}', 'correo electrónico {email}'],
    },
    URL: {
      en: ['telehealth link {url} wont open', 'found this {url} is it you guys', 'pay here? {url}', 'my gofundme {url}'],
      es: ['el enlace de la videollamada {url} no abre', 'es suyo esto? {url}', 'pago aquí? {url}'],
    },
    IP_ADDRESS: {
      en: ['telehealth keeps dropping, my ip {ip}', 'firewall log shows {ip}', 'someone logged in from {ip} 😳', 'ip addr {ip}'],
      es: ['la videollamada se corta, mi ip {ip}', 'alguien entró desde {ip}', 'dirección ip {ip}'],
    },
    SSN: {
      en: ['ssn for the appeal {ssnRaw}', 'SOCIAL: {ssnRaw}', 'patient social {ssnRaw}', 'the billing lady wanted my social - {ssnRaw}', 'ss no {ssnRaw}'],
      es: ['el soshal de mi mamá {ssnRaw}', 'número de social para la apelación {ssnRaw}', 'SSN de mi esposa: {ssnRaw}', 'el social es {ssnRaw}'],
    },
    MRN: {
      en: ['hospital id {mrnRaw}', 'armband says {mrnRaw}', 'medical rec # {mrnRaw}', 'on the discharge papers {mrnRaw}', 'chart {mrnRaw}', 'my MRN {mrnRaw}', 'hosp unit # {mrnRaw}'],
      es: ['número de historia {mrnRaw}', 'en los papeles del alta sale {mrnRaw}', 'mi registro médico {mrnRaw}', 'el brazalete dice {mrnRaw}', 'historial {mrnRaw}'],
    },
    HEALTH_PLAN_ID: {
      en: [
        'member {planRaw}', 'sub id {planRaw}', 'the PA is under {planRaw}', 'insurance card # {planRaw}', 'medicare {planRaw}', 'for the appeal, member number {planRaw}',
        'id on my medicaid card {planRaw}',
      ],
      es: ['afiliado número {planRaw}', 'mi credencial del seguro dice {planRaw}', 'número de socio {planRaw}', 'la autorización está bajo {planRaw}', 'mi tarjeta sanitaria {planRaw}'],
    },
    ACCOUNT_NUMBER: {
      en: ['hospital acct {acctRaw}', 'account # on the statement {acctRaw}', 'direct deposit to {acctRaw}', 'pay plan on acct {acctRaw}', 'savings {acctRaw}', 'pt account no {acctRaw}'],
      es: ['la cuenta del hospital {acctRaw}', 'depositen en mi cuenta {acctRaw}', 'en el estado de cuenta viene {acctRaw}', 'cuenta de ahorros {acctRaw}'],
    },
    LICENSE_NUMBER: {
      en: ['license # for the pickup {licRaw}', 'dl {licRaw}', 'state id {licRaw}', 'dea for the script {licRaw}', 'passport number is {licRaw}', 'prescriber license {licRaw}'],
      es: ['mi licencia {licRaw}', 'el pasaporte es {licRaw}', 'cédula del médico {licRaw}', 'carnet de conducir {licRaw}'],
    },
    NPI: {
      en: ['billing npi {npiRaw}', 'npi# of the home health agency {npiRaw}', 'rendering provider NPI {npiRaw}'],
      es: ['el npi del proveedor {npiRaw}', 'NPI de la agencia {npiRaw}', 'npi: {npiRaw}'],
    },
    VEHICLE_ID: {
      en: ['plates {vehicleRaw}', 'valet has my car {vehicleRaw}', 'VIN no. {vehicleRaw}', 'car blocking the ambulance bay is {vehicleRaw}'],
      es: ['las placas del carro {vehicleRaw}', 'la matrícula es {vehicleRaw}', 'mi coche {vehicleRaw}'],
    },
    DEVICE_ID: {
      en: ['the o2 concentrator serial {deviceRaw}', 'cgm {deviceRaw} failed early', 'serial number {deviceRaw}', 'pump sn {deviceRaw}', 'tablet for telehealth {deviceRaw}'],
      es: ['el concentrador de oxígeno serie {deviceRaw}', 'el sensor {deviceRaw} se cayó', 'la bomba número {deviceRaw}'],
    },
    CREDIT_CARD: {
      en: ['card number {cardRaw}', 'use the mastercard {cardRaw}', 'debit {cardRaw}', 'HSA card {cardRaw}', 'pay the deductible w {cardRaw}'],
      es: ['la tarjeta de débito es {cardRaw}', 'cobren a mi mastercard {cardRaw}', 'tarjeta HSA {cardRaw}', 'con esta {cardRaw}'],
    },
    IBAN: {
      en: ['bank transfer to {ibanRaw}', 'my uk account {ibanRaw}', 'refund to iban {ibanRaw}'],
      es: ['mi cuenta del banco es {ibanRaw}', 'hacedme la transferencia a {ibanRaw}', 'devolución al IBAN {ibanRaw}'],
    },
  },
  idFrames: {
    en: [
      'need this on the PA {X}', '{X} - thats off my card', 'pharmacy needs {X} b4 they fill it', 'IM SENDING {X} AGAIN', 'ok {X} nd my daughter will call',
      'pls double check {X} thx 🙏', 'sry {X}', 'insurance dispute, {X}',
    ],
    es: [
      'para el formulario {X}', '{X} - eso sale en la tarjeta', 'la farmacia pide {X} antes de surtir', 'OTRA VEZ {X}', 'vale, {X}', 'chequéenme {X} porfa 🙏', 'perdón {X}',
      'es por una disputa con el seguro, {X}',
    ],
  },
  mixed: {
    en: [
      '{name} {dob} {plan} pls verify for the PA', 'resident {name}, {ageRaw}, room 12, daughter {phoneRaw}', 'refill for {name} dob {dobRaw} at the pharmacy on {address}',
      '{first} here, new addr {address} new cell {phoneRaw}', 'bill for {name} {acct} dated {date}', '{provider} {npiRaw} fax {faxRaw}', 'telehealth for {name} at {email}',
      '{name}\n{dobRaw}\n{mrnRaw}', 'card {cardRaw} zip {zipRaw}', '{relative} {dobRaw} medicare {planRaw}', 'hi {first} its {name} ssn {ssnRaw}',
    ],
    es: [
      '{name} {dob} {plan} para la autorización', 'residente {name}, {ageRaw}, su hija al {phoneRaw}', 'receta de {name} nac {dobRaw}, la farmacia en {address}',
      'soy {first}, dirección nueva {address}, tel {phoneRaw}', '{provider} {npiRaw} fax {faxRaw}', 'videollamada para {name} al {email}', '{name}\n{dobRaw}\n{mrnRaw}',
      '{relative} {dobRaw} medicare {planRaw}', 'oye {first} soy {name}, mi social {ssnRaw}',
    ],
  },
  negatives: {
    en: [
      ['word', 'will call pickup or delivery?'], ['word', 'can you bill my secondary instead'], ['word', 'faith based hospice options near us?'],
      ['word', 'my rose gold phone cracked cant open the app lol'], ['word', 'how do i mark messages as read'], ['word', 'do u guys give a grace period on copays'],
      ['word', 'i hope the PA goes thru this time'], ['word', 'you may want to check the fax machine'], ['word', 'MAY I SPEAK TO BILLING'],
      ['word', 'the bill is wrong again ugh'], ['word', 'ok'], ['word', 'THANK YOU!!!'], ['word', 'ur website is down'], ['word', 'is the lab walk-in'],
      ['word', 'need a refill on my blood pressure meds'], ['word', 'how long does prior authorization take'], ['word', 'why was my claim denied'],
      ['word', 'can my daughter join the video visit'], ['word', 'will the home health nurse bring supplies or do i buy them'],
      ['drug', 'aviane vs lutera which is cheaper'], ['drug', 'jolivette refill pls'], ['drug', 'pharmacy swapped my lyza for jencycla is that fine'],
      ['drug', 'can grandma take xarelto with ginger tea'], ['drug', 'kelnor or zovia, which one has less spotting'],
      ['room', 'mom is in room {count} bed B can we visit after dinner'], ['room', 'transfer to rm {count}?'],
      ['order', 'pharmacy {order} says ready but its not'], ['ticket', 'IT opened {ticket} for the telehealth app'], ['tracking', 'cgm sensors {tracking} out for delivery'],
      ['invoice', '{invoice} shows {price} but EOB says {price}'], ['confirmation', 'telehealth booked, {confirmation}'], ['ndc', 'bottle says {ndc} but they billed a different one'],
      ['cpt', 'PA needed for {cpt}?'], ['cpt', 'denied {cpt} as not medically necessary'], ['icd', '{icd} and {icd} on the claim'], ['price', 'deductible left {price}'],
      ['price', '$40 copay vs $0 last yr why'], ['dose', '{dose} at bedtime then {dose} am'], ['dose', 'qty 90 for 90 days, 1 tab daily'], ['dose', 'metformin 500 bid'],
      ['lab', 'results: {lab}, {lab}'], ['lab', 'wbc 11.2 rbc 4.1 plt 250'], ['lab', 'a1c went 8.1 -> 6.9 🎉'], ['lab', 'vit d 18, low?'], ['bp', '{bp} pulse 88'],
      ['bp', 'BP 145/92 HR 76 SpO2 97%'], ['time', 'telehealth at {time} my time or yours'], ['time', 'can the nurse come b4 {time}'], ['weekday', 'home health skipped {weekday} again'],
      ['weekday', 'do you do telehealth on {weekday}'], ['duration', 'prior auth takes {duration}??'], ['year', 'my last physical was {year}'],
      ['agelow', 'mom is {agelow} and needs a walker'], ['agelow', 'kid is {agelow} months'], ['version', 'telehealth app {version} black screen'],
      ['planname', '{planname} deductible question'], ['ratio', 'coinsurance {ratio} after deductible'], ['pain', '{pain} in my knee'],
      ['state', 'i live in {state} but the clinic is across the line'], ['count', '{count} pills in the bottle instead of 90'], ['count', 'step count {count} yesterday'],
    ],
    es: [
      ['word', '¿me pueden cobrar al seguro secundario?'], ['word', 'ojalá que ahora sí aprueben la autorización'], ['word', 'la luz de la bomba parpadea'],
      ['word', 'dolores de espalda desde el accidente'], ['word', 'que la paz sea con ustedes, gracias por todo'], ['word', 'mi carro es un mercedes viejo y no cabe la silla'],
      ['word', 'la esperanza es lo último que se pierde jaja'], ['word', 'el consuelo es que ya no duele'], ['word', 'vale, gracias, hasta mañana'],
      ['word', '¿me mandáis la receta al móvil?'], ['word', 'ey mi pana, ya funciona la app'], ['word', 'la factura vino mal otra vez'], ['word', 'ok gracias'],
      ['word', '¿por qué me negaron el reclamo?'], ['word', '¿mi hija puede entrar a la videollamada?'], ['word', 'el prior auth sigue pending, qué hago'],
      ['drug', '¿la jolivette es igual que la otra?'], ['drug', 'me cambiaron la lyza por otra marca'],
      ['room', 'mi mamá está en el cuarto {count}, cama B'], ['room', 'la pasaron a la habitación {count}'],
      ['order', 'el {order} de la farmacia dice listo'], ['ticket', 'abrí el {ticket} por la app'], ['tracking', 'los sensores, {tracking}, no llegan'],
      ['invoice', 'la {invoice} dice {price}'], ['ndc', 'en el frasco sale {ndc}'], ['cpt', '¿el {cpt} necesita autorización?'], ['icd', '{icd} en el reclamo'],
      ['price', 'me falta {price} del deducible'], ['dose', '{dose} en la noche y {dose} en la mañana'], ['dose', 'metformina 850 cada 12 horas'],
      ['lab', 'resultados: {lab}, {lab}'], ['lab', 'la hemoglobina salió 10.2'], ['bp', '{bp} y pulso 90'], ['time', 'la videollamada es a las {time}?'],
      ['weekday', 'la enfermera no vino el {weekday}'], ['duration', 'la autorización tarda {duration}?'], ['year', 'mi último chequeo fue en {year}'],
      ['agelow', 'mi mamá tiene {agelow} años y ocupa andadera'], ['version', 'la app {version} se queda en negro'], ['planname', '{planname} y el deducible'],
      ['ratio', 'coaseguro {ratio}'], ['pain', '{pain} en la rodilla'], ['state', 'vivo en {state} pero me atiendo allá'], ['count', 'vinieron {count} pastillas en vez de 90'],
    ],
  },
  tails: {
    en: [' (refill {order})', ', deductible {price}', ' - still on {dose}', ' fyi {lab}', ' after {time} pls', ' and {icd} on the eob??', ' and {bp} this am', ' for like {duration}'],
    es: [' ({order})', ', deducible {price}', ' - sigo con {dose}', ' por cierto {lab}', ' después de las {time}', ' y el {cpt} en la factura?', ' hace {duration}'],
  },
  greetings: {
    en: ['hello? ', 'hiya ', 'Good day, ', 'ok so ', 'HI ', 'gm ', 'Excuse me, '],
    es: ['Buenas, ', 'oiga, ', 'hola hola ', 'Muy buenas, ', 'epa, ', 'hola buenas tardes ', 'Saludos cordiales, '],
  },
};
