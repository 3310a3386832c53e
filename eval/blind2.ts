/**
 * A third, independent set of phrasings for the generator ("blind2"), written on 2026-11-27 for a
 * blind measurement: its author read eval/ (generator, values, holdout, score, run), DESIGN.md §4
 * and docs/evaluation.md, but nothing under src/, and the engine was not tuned on it before it was
 * measured. It avoids the wording of DEFAULT_TEMPLATES and eval/holdout.ts: other cue words
 * ("hosp no.", "the number on the back", "hmu", "fx", "aseguranza"), identifiers given with no
 * keyword at all, lower case and missing punctuation, run-ons, Mexican, Caribbean and US Spanish
 * (Spanglish), several identifiers in one message, and negatives that look like PHI (doses such as
 * `10/325`, `24/7`, lab values, drug names that are also first names, "will/grace/hope/may").
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND2_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'heyy its {first} lol forgot my password again', '{name} checking in re: my refill', 'u guys told {relative} the wrong time',
        'can someone tell {provider} the rash is back', 'whos covering for {provider} this week', 'the lady at the desk, {first} i think, was super rude',
        'thanks so much\n{name}', 'my pcp is {provider} but shes out', 'I go by {first} but the chart says {name}', 'will {first} be there tmrw',
        'hope {provider} is feeling better', 'may {relative} come in the room with me', 'who is {name}?? i got a letter addressed to them',
        'sent by {name} on behalf of {relative}', 'pls change the name on file to {name}, I got married 💍', "im {titled}'s daughter can i see her results",
        'sorry {first} I missed your call', 'emergency contact is {relative} 👍', '{provider} said to message u guys', 'this is for {name} not me',
      ],
      es: [
        'holaa soy {first} la hija de {titled}', 'le escribe {name} 🙏', 'oiga, {provider} no me ha regresado la llamada', 'mi doctor de cabecera es {provider}',
        'quien atiende hoy {provider}?', 'la muchacha de recepción, {first} creo, fue bien amable', 'de parte de {relative}, ella no tiene celular',
        'dígale a {provider} que me sigue la fiebre', 'mi nombre completo es {name}', 'saludos,\n{name}', 'ando con {relative} en emergencias ahora mismo',
        'le mandé un text a {first} de billing y nada', 'pa que sepan, {relative} va a venir por la receta', 'el appointment de {name} es hoy o mañana?',
        'cambien el nombre a {name} porfa, me casé', '{first} me dijo que llamara aquí, dime qué hago',
      ],
    },
    DATE: {
      en: [
        'last seen {date} i think?', 'bday is {dobRaw} if u need it', 'its {dobRaw} on my license', 'they have my birthday wrong it should be {dobRaw}',
        'had a fall {date}, still hurts', 'stitches come out {date}?', 'next infusion {date} or the week after', 'covid booster {date}, flu shot {date}',
        'my kid was born {dobRaw} and needs his shots', 'rescheduled from {date} to {date} right', 'biopsy {date} no call back yet', 'can i do {date} instead',
        'EOB says date of service {date}', 'dob {dobRaw} not {dobRaw}, u have it backwards', 'last dose was {date} then i stopped', 'out of work since {date}, need a note',
      ],
      es: [
        'mi fecha de nac. {dobRaw}', 'nació {dobRaw} mi niño y le tocan vacunas', 'la cita quedó para el {date} verdad?', 'desde el {date} tengo fiebre',
        'me caí el {date} y todavía me duele', 'me pusieron la vacuna el {date} y la de la gripa el {date}', 'me cambiaron del {date} al {date}',
        'el EOB dice fecha de servicio {date}', 'en mi licencia sale {dobRaw}', 'tengo el follow up el {date}', 'la biopsia fue {date} y nadie me llama',
        'mi bebé nació el {dobRaw}', 'no trabajo desde el {date}, ocupo una nota',
      ],
    },
    AGE_OVER_89: {
      en: [
        'nana just hit {ageRaw}!!', 'my great grandpa {ageRaw}, on hospice now', 'mom is {ageRaw}, can she get the rsv shot', 'dad {ageRaw} with dementia, who do i call',
        'wow {ageRaw} and sharp as a tack', 'grandma, {age90}, wants a home visit', 'the patient is {ageRaw}', 'caring for my uncle who is {ageRaw}',
      ],
      es: [
        'mi bisabuela tiene {ageRaw} y está en hospicio', 'mi apá ya tiene {ageRaw}, puede manejar?', 'mi abuelito cumplió {ageRaw}', 'la paciente tiene {ageRaw}',
        'mi tía abuela, {age90}, se cayó', 'cuido a mi abuela que tiene {ageRaw}',
      ],
    },
    ADDRESS: {
      en: [
        'im over at {address} the blue house', 'ship cpap supplies to {address} not my old place', 'ambulance pick up from {address}', 'we just moved from {city} to {city}',
        'originally from {city}, new to the area', 'driving in from {city} tmrw how long is the wait', 'any in network dentist around {city}??', 'mail goes to {address} but i live at {address}',
        'closest lab to {zipRaw}?', 'address on file should be {address}', 'home health visit at {address} pls', 'can the nurse come to {address}', 'staying w my daughter in {city} for a month',
        'billing zip {zipRaw}',
      ],
      es: [
        'vivo por {address}, la casa azul', 'ando en {city} visitando a la familia', 'somos de {city} pero ahora vivimos aquí', 'mándenme el medidor a {address} porfa',
        'la ambulancia me recoge en {address}', 'me mudé de {city} a {city}', 'hay dentista cerca de {city}?', 'el correo me llega a {address}', 'mi cp {zipRaw}',
        'la enfermera puede venir a {address}?', 'dirección nueva {address} 🏠', 'estoy quedándome con mi hija en {city}',
      ],
    },
    PHONE: {
      en: [
        'hmu {phoneRaw}', 'call me back {phoneRaw} anytime after 3', 'if i dont pick up try my wife {phoneRaw}', 'best # is {phoneRaw}', 'cell {phoneRaw} home {phoneRaw}',
        'number changed!! {phoneRaw}', 'u have my old number, its {phoneRaw} now', '{phoneRaw} call before noon',
      ],
      es: [
        'mi wasap {phoneRaw}', 'llámame pa atrás al {phoneRaw}', 'si no contesto, a mi esposo {phoneRaw}', 'cambié de número {phoneRaw}', 'me puedes textear al {phoneRaw}',
        'el cel de mi hija es {phoneRaw}', '{phoneRaw} en la tarde mejor',
      ],
    },
    FAX: {
      en: ['fx {faxRaw}', 'pls fax over the orders, {faxRaw}', 'the surgeon office fax is {faxRaw}', 'send records via fax {faxRaw} attn medical records'],
      es: ['mándenlo por fax {faxRaw}', 'el fax de la clínica es {faxRaw}', 'faxeen los papeles al {faxRaw}'],
    },
    EMAIL: {
      en: ['shoot me an email {email}', 'my login is {email}', 'wrong email on file, should be {email}', 'the portal invite went to {email} but i cant find it', 'cc my daughter {email}'],
      es: ['mi imeil es {email}', 'mándamelo al correo {email}', 'el usuario del portal es {email}', 'copien a mi hija {email}'],
    },
    URL: {
      en: ['is this legit? {url}', 'the chart link {url} says expired', 'my page {url} has the pics of the rash'],
      es: ['esto es de ustedes? {url}', 'el enlace {url} ya no sirve', 'subí las fotos a {url}'],
    },
    IP_ADDRESS: {
      en: ['it says my ip {ip} is blocked', 'router shows {ip}', 'login attempt from {ip} wasnt me', 'clinic wifi gave me {ip} and nothing loads'],
      es: ['dice que mi ip {ip} está bloqueada', 'intento de acceso desde {ip}, no fui yo'],
    },
    SSN: {
      en: ['last 4 isnt enough? fine its {ssnRaw}', 'social {ssnRaw}', 'my ss# is {ssnRaw}', 'ss {ssnRaw} dob {dobRaw}', 'the number they want for the W-9 is {ssnRaw}'],
      es: ['el social de mi esposo es {ssnRaw}', 'mi número de social {ssnRaw}', 'el seguro social {ssnRaw}', 'social: {ssnRaw}'],
    },
    MRN: {
      en: ['its {mrnRaw} on my wristband', 'hosp no. {mrnRaw}', 'the number on my sticker is {mrnRaw}', 'EMR # {mrnRaw}', 'pt # {mrnRaw}', 'my chart id {mrnRaw}', 'med record {mrnRaw}'],
      es: ['no. de paciente {mrnRaw}', 'mi número de registro {mrnRaw}', 'la pulsera dice {mrnRaw}', 'expediente #{mrnRaw}', 'en el carnet del hospital sale {mrnRaw}'],
    },
    HEALTH_PLAN_ID: {
      en: [
        'the number on the back is {planRaw}', 'its {planRaw} on my card', 'id on my insurance card {planRaw}', 'my bcbs id {planRaw}', 'insurance # {planRaw}', 'mbr id {planRaw}',
      ],
      es: ['el número de atrás de la credencial es {planRaw}', 'mi aseguranza {planRaw}', 'en la tarjeta del seguro sale {planRaw}', 'número de la aseguranza {planRaw}', 'mi medicaid {planRaw}'],
    },
    ACCOUNT_NUMBER: {
      en: ['pay from checking {acctRaw}', 'acct# {acctRaw}', 'guarantor acct {acctRaw}', 'my bank acct is {acctRaw}', 'billing # {acctRaw}'],
      es: ['mi cuenta de banco {acctRaw}', 'paguen de la cuenta {acctRaw}', 'número de cuenta del hospital {acctRaw}'],
    },
    LICENSE_NUMBER: {
      en: ['drivers lic {licRaw}', 'my DL is {licRaw}', 'passport {licRaw}', 'state id / license {licRaw}', 'photo id for the rx pickup: {licRaw}'],
      es: ['mi licencia de manejar {licRaw}', 'pasaporte {licRaw}', 'la licencia es {licRaw}'],
    },
    NPI: {
      en: ['npi for dr office {npiRaw}', 'his npi is {npiRaw}', 'prov npi {npiRaw}'],
      es: ['el NPI de la doctora es {npiRaw}', 'npi {npiRaw}'],
    },
    VEHICLE_ID: {
      en: ['my tag is {vehicleRaw}', 'car w plate {vehicleRaw} is in the handicap spot', 'vin {vehicleRaw}'],
      es: ['mis placas son {vehicleRaw}', 'el carro con placas {vehicleRaw}', 'la troca {vehicleRaw}'],
    },
    DEVICE_ID: {
      en: ['serial {deviceRaw} on the back of the pump', 'my dexcom {deviceRaw} keeps failing', 'sn {deviceRaw}', 'the meter # {deviceRaw}'],
      es: ['el número de serie {deviceRaw}', 'mi dexcom {deviceRaw} falla', 'el glucómetro {deviceRaw}'],
    },
    CREDIT_CARD: {
      en: ['put it on {cardRaw}', 'my visa {cardRaw}', 'cc# {cardRaw}', 'charge {cardRaw} pls ty', 'card ending? here is the full number {cardRaw}'],
      es: ['cárguelo a {cardRaw}', 'mi visa {cardRaw}', 'la tarjeta {cardRaw}', 'páguenlo con la tarjeta {cardRaw}'],
    },
    IBAN: {
      en: ['wire it to {ibanRaw}', 'my european account {ibanRaw}', 'iban {ibanRaw}'],
      es: ['transfieran a {ibanRaw}', 'mi cuenta en España {ibanRaw}', 'IBAN {ibanRaw}'],
    },
  },
  idFrames: {
    en: [
      'here u go {X}', '{X} lmk', 'ok {X} and thats all i have', 'they keep asking me for {X}', 'is {X} right?? portal says no match', 'copy/paste: {X}',
      'dont know if u need it but {X}', '{X}\nthx',
    ],
    es: [
      'aquí va {X}', '{X} me avisas', 'ok {X} y es todo lo que tengo', 'me siguen pidiendo {X}', '{X} está bien?? el portal dice que no', 'no sé si lo necesitan pero {X}',
      '{X}\ngracias', 'mande? ah sí, {X}',
    ],
  },
  mixed: {
    en: [
      '{name} {dobRaw} {phoneRaw}', 'hi its {first} again, {dob}, {plan}', 'pt: {name}, dob {dobRaw}, {address}', 'my mom {name} ({ageRaw}) lives at {address}, her cell {phoneRaw}',
      'for billing use {card}, billing zip {zipRaw}', '{provider} fax {faxRaw} npi {npiRaw}', 'email {email} or text {phoneRaw} whichever', 'I am {name}, {ssn}, moved to {city} on {date}',
      '{name} - {mrn} - seen {date} by {provider}', 'name {name}\ndob {dobRaw}\nmember id {planRaw}\naddr {address}',
    ],
    es: [
      '{name} {dobRaw} {phoneRaw}', 'soy {first} otra vez, {dob}, {plan}', 'paciente: {name}, nac {dobRaw}, {address}', 'mi mamá {name} ({ageRaw}) vive en {address}, su cel {phoneRaw}',
      'correo {email} o wasap {phoneRaw}', 'soy {name}, {ssn}, me mudé a {city} el {date}', '{name} - {mrn} - la vio {provider} el {date}',
      'hi, soy {name}, {dob}, y mi cell es {phoneRaw}', 'nombre {name}\nnac {dobRaw}\nafiliado {planRaw}\ndir {address}',
    ],
  },
  negatives: {
    en: [
      ['word', 'will the pharmacy be open on the holiday'], ['word', 'may i get a callback today'], ['word', 'there is no grace period on my plan?'],
      ['word', 'doctor said to mark down every headache'], ['word', 'need to fill out the living will form'], ['word', 'may be nothing but my chest feels tight'],
      ['word', 'my sugar is high, hope thats ok'], ['word', 'sorry for the long msg just worried'], ['word', 'do u take walk ins'], ['word', 'gene test results are in?'],
      ['word', 'the x-ray tech was great ty'], ['word', 'max dose of tylenol per day?'],
      ['drug', 'is camila the same as the other mini pill'], ['drug', 'can i take allegra with lyrica?'], ['drug', 'pharmacy switched my heather to errin is that ok'],
      ['drug', 'ella or plan b which one works better'],
      ['dose', 'norco 10/325 every 6 hrs is not helping'], ['dose', 'take {dose} with food?'], ['dose', 'went from 5/325 to 7.5/325 percocet'],
      ['lab', 'sugar was 142 fasting, {lab}'], ['lab', 'temp 101.3 last night and 99.8 now'], ['lab', 'o2 94% on room air, hr 112'], ['lab', 'potassium 3.2 is that low'],
      ['cpt', 'why did they bill {cpt} and {cpt}'], ['icd', 'referral has {icd} but i dont have that'], ['icd', 'z79.4 on my claim what does that mean'],
      ['price', 'paid {price} at the window and {price} online'], ['price', 'estimate says $1,250.00 for the mri'],
      ['time', 'can we do {time} or later'], ['time', 'is the nurse line 24/7 right?'], ['time', 'im running 15 min late for my 2:30'],
      ['order', 'refill {order} still says processing'], ['tracking', 'cpap mask {tracking} stuck in transit'], ['invoice', 'got {invoice} in the mail, already paid'],
      ['confirmation', 'booked it, {confirmation}'], ['count', 'i only have 3 pills left out of 30'], ['count', 'lost 12 lbs in 2 weeks is that normal'],
      ['count', 'week 32 pregnant g2p1 is swelling normal'], ['ratio', 'insulin to carb is 1:15 now'], ['bp', 'home reading {bp} and headache'],
      ['weekday', 'yall open {weekday} or just weekdays'], ['agelow', 'my son turns {agelow} next week does he need a physical'], ['year', 'had covid in {year} and again in {year}'],
      ['version', 'portal app {version} wont load my results'], ['planname', 'is {planname} accepted at the lab'], ['state', 'we are in {state} for the winter can i do telehealth'],
      ['duration', 'been on antibiotics {duration} still sick'], ['pain', 'back {pain} since the fall'],
    ],
    es: [
      ['word', 'tengo dolores en las rodillas desde hace rato'], ['word', 'se me fue la luz y el oxígeno no prende'], ['word', 'ay que dolor, socorro 😢'],
      ['word', 'la pastilla rosa o la blanca?'], ['word', 'espero que me llamen hoy, gracias mija'], ['word', 'no hay paz con esta tos'],
      ['word', 'wepa, ya me siento mejor gracias!'], ['word', 'dime si tengo que ayunar pa los labs'], ['word', 'me mandaron un text pero no abre el link'],
      ['word', 'victoria! por fin me aprobaron la aseguranza'], ['word', 'la aseguranza no cubre el biles del ER?'],
      ['drug', 'la camila es igual que la otra pastilla?'], ['drug', 'puedo tomar allegra con el lyrica?'],
      ['dose', 'el norco 10/325 no me hace nada'], ['dose', 'tomo {dose} en ayunas?'], ['lab', 'la azúcar salió en 142 en ayunas, {lab}'], ['lab', 'fiebre de 38.5 anoche'],
      ['cpt', 'por qué me cobraron {cpt}?'], ['icd', 'la referencia dice {icd}, yo no tengo eso'], ['price', 'pagué {price} en caja y me cobraron {price} otra vez'],
      ['time', 'puedo llegar a las {time} o más tarde?'], ['time', 'la línea es 24/7?'], ['order', 'mi {order} de la farmacia no llega'],
      ['tracking', 'la mascarilla del cpap {tracking} no llega'], ['count', 'me quedan 3 pastillas de 30'], ['count', 'bajé 5 kilos en 2 semanas'],
      ['ratio', 'la insulina es 1:15 ahora'], ['bp', 'me salió {bp} en la casa'], ['weekday', 'abren el {weekday} o nomás entre semana?'],
      ['agelow', 'mi niño cumple {agelow} la otra semana'], ['year', 'me dio covid en {year}'], ['version', 'la app {version} no abre'], ['planname', 'aceptan el {planname}?'],
      ['state', 'estamos en {state} de visita, hay telemedicina?'], ['duration', 'llevo {duration} con antibiótico y nada'], ['confirmation', 'ya agendé, {confirmation}'],
    ],
  },
  tails: {
    en: [' (also {order})', ' btw my {lab}', ', taking {dose}', ' - paid {price}', ' around {time} works', ' since {year} lol', ' and my {bp}', ' and {cpt} on the bill?'],
    es: [' (y el {order})', ' por cierto mi {lab}', ', tomo {dose}', ' - pagué {price}', ' como a las {time}', ' desde {year} jaja', ' y mi {bp}'],
  },
  greetings: {
    en: ['heyyy ', 'hi again ', 'Good evening, ', 'um hi ', 'sorry to bother, ', 'hi team ', 'Morning! '],
    es: ['buenas buenas, ', 'oye mija, ', 'disculpe, ', 'qué onda, ', 'saludos ', 'ey, ', 'buenas mi amor, '],
  },
};
