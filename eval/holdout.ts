/**
 * A second, independent set of phrasings for the generator ("holdout"). It was written apart from
 * DEFAULT_TEMPLATES and kept out of the repository until the engine had been measured on it, so
 * that its numbers show how the engine does on chat it was not tuned on. Once committed it is no
 * longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const HOLDOUT_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'Hey, it’s {name} again', 'Quick question from {name}', 'my caregiver {first} will bring me', '{name} (patient) asking about results',
        'Please cc {relative} on everything', 'I was referred by {provider}', 'is {provider} taking new patients?', 'Forms signed by {name} attached',
        'my neighbor {name} gave me your number', '{first} from billing called me yesterday', 'thank u {provider} for everything', 'love how {first} at the desk helped me',
        'the account holder is {name}', 'on behalf of {name}', '{titled} is my emergency contact',
      ],
      es: [
        'Oigan, soy {name} otra vez', 'pregunta de {name}', 'mi cuidadora {first} me va a llevar', '{name} (paciente) pregunta por resultados',
        'copien a {relative} en todo', 'me mandó {provider}', '¿{provider} acepta pacientes nuevos?', 'mi vecina {name} me dio su número',
        '{first} de cobranza me habló ayer', 'mil gracias {provider}', 'el titular de la cuenta es {name}', 'de parte de {name}', '{titled} es mi contacto de emergencia',
      ],
    },
    DATE: {
      en: [
        'I was discharged {date}', 'first symptoms around {date}', 'born {dobRaw}', 'Birth date - {dobRaw}', 'my last tetanus shot was {date} i think',
        'mammogram done {date}', 'pls move me to {date} morning', 'dob {dobRaw}?', 'the letter is dated {date}', 'due date is {date}!!',
      ],
      es: [
        'me dieron de alta el {date}', 'los síntomas empezaron como el {date}', 'nacido el {dobRaw}', 'fecha nacimiento - {dobRaw}', 'la mamografía fue el {date}',
        'pásenme al {date} en la mañana', 'la carta tiene fecha del {date}', 'fecha probable de parto {date}!!',
      ],
    },
    AGE_OVER_89: {
      en: ['grandpa is {ageRaw} years young lol', 'patient age: {ageRaw}', 'she’ll be {ageRaw} next week', 'can a person aged {ageRaw} do the MRI', 'my aunt ({ageRaw} y/o) lives with us'],
      es: ['mi abuelito tiene {ageRaw} años', 'edad del paciente {ageRaw}', 'va a cumplir {ageRaw} años', 'mi tía ({ageRaw} años) vive con nosotros'],
    },
    ADDRESS: {
      en: [
        'Home: {address}', 'deliver the wheelchair to {address}', 'my old address was {address}, please remove it', 'we’re staying in {city} until june',
        'any urgent care in {city}?', 'postal code {zipRaw}', 'i’m at {address} right now, can the ambulance find it?', 'billing address {address}',
      ],
      es: [
        'Domicilio: {address}', 'lleven la silla de ruedas a {address}', 'mi dirección anterior era {address}, bórrenla', 'estamos en {city} hasta junio',
        'hay urgencias en {city}?', 'código postal {zipRaw}', 'dirección de facturación {address}',
      ],
    },
    PHONE: {
      en: ['contact # {phoneRaw}', 'mobile: {phoneRaw}', 'ring me on {phoneRaw}', 'my sons number {phoneRaw} in case i dont answer', 'callback number {phoneRaw} pls'],
      es: ['número de contacto {phoneRaw}', 'móvil: {phoneRaw}', 'háblenme al {phoneRaw}', 'el número de mi hijo {phoneRaw} por si no contesto'],
    },
    FAX: {
      en: ['fax {faxRaw} attention Dr office', 'please fax records to {faxRaw}', 'our fax line: {faxRaw}'],
      es: ['fax {faxRaw} atención consultorio', 'manden el expediente por fax al {faxRaw}', 'línea de fax: {faxRaw}'],
    },
    EMAIL: {
      en: ['reach me by email {email}', 'e-mail: {email}', 'send the receipt to {email} pls', 'is {email} on my account?'],
      es: ['escríbanme a {email}', 'e-mail: {email}', 'manden el recibo a {email} porfa', '¿tienen {email} en mi cuenta?'],
    },
    URL: {
      en: ['check this {url}', 'is {url} your official site?', 'i posted about it at {url}'],
      es: ['miren esto {url}', '¿{url} es su página oficial?', 'lo publiqué en {url}'],
    },
    IP_ADDRESS: {
      en: ['your site banned my IP {ip}', 'vpn shows {ip}', 'error from host {ip}'],
      es: ['su página bloqueó mi IP {ip}', 'la vpn dice {ip}', 'error desde el host {ip}'],
    },
    SSN: {
      en: ['SS number {ssnRaw}', 'social sec. no {ssnRaw}', 'Soc Sec #: {ssnRaw}', 'tax id {ssnRaw} (its my ITIN)', 'last time you had my social as {ssnRaw}'],
      es: ['número del seguro social {ssnRaw}', 'mi número de seguro social: {ssnRaw}', 'seguro social # {ssnRaw}', 'mi ITIN: {ssnRaw}'],
    },
    MRN: {
      en: ['Medical record no {mrnRaw}', 'chart number {mrnRaw}', 'MR# {mrnRaw}', 'my patient number is {mrnRaw}', 'hospital number {mrnRaw}'],
      es: ['número de expediente clínico {mrnRaw}', 'expediente médico {mrnRaw}', 'mi número de paciente es {mrnRaw}', 'no. de registro {mrnRaw}'],
    },
    HEALTH_PLAN_ID: {
      en: ['insurance member number {planRaw}', 'Member ID: {planRaw}', 'subscriber no {planRaw}', 'policy id {planRaw}', 'medicare beneficiary id {planRaw}', 'my plan id is {planRaw}'],
      es: ['número de miembro del seguro {planRaw}', 'número de póliza {planRaw}', 'id de medicare {planRaw}', 'afiliación {planRaw}'],
    },
    ACCOUNT_NUMBER: {
      en: ['acct no. {acctRaw}', 'patient account {acctRaw}', 'checking acct {acctRaw}', 'my account is {acctRaw}'],
      es: ['cuenta no. {acctRaw}', 'cuenta del paciente {acctRaw}', 'mi cuenta es {acctRaw}', 'cuenta bancaria {acctRaw}'],
    },
    LICENSE_NUMBER: {
      en: ['drivers license number {licRaw}', "Driver's Lic. {licRaw}", 'DL number {licRaw}', 'license {licRaw}', 'passport no. {licRaw}'],
      es: ['número de licencia {licRaw}', 'licencia de conducir no. {licRaw}', 'pasaporte no. {licRaw}'],
    },
    NPI: {
      en: ['provider NPI# {npiRaw}', 'National Provider Identifier {npiRaw}', 'type 1 NPI {npiRaw}'],
      es: ['NPI del médico {npiRaw}', 'identificador NPI {npiRaw}'],
    },
    VEHICLE_ID: {
      en: ['vehicle identification number {vehicleRaw}', 'car: {vehicleRaw}', 'my plate is {vehicleRaw}'],
      es: ['número de identificación vehicular {vehicleRaw}', 'mi placa es {vehicleRaw}', 'auto: {vehicleRaw}'],
    },
    DEVICE_ID: {
      en: ['device serial {deviceRaw}', 'the pump S/N {deviceRaw}', 'phone IMEI {deviceRaw}', 'device id {deviceRaw}'],
      es: ['serie del aparato {deviceRaw}', 'la bomba S/N {deviceRaw}', 'IMEI del teléfono {deviceRaw}'],
    },
    CREDIT_CARD: {
      en: ['credit card {cardRaw}', 'pay w/ {cardRaw}', 'debit card number {cardRaw}', 'my amex {cardRaw}'],
      es: ['tarjeta de débito {cardRaw}', 'paguen con {cardRaw}', 'número de la tarjeta {cardRaw}'],
    },
    IBAN: {
      en: ['IBAN number {ibanRaw}', 'international account {ibanRaw}', 'send the refund to IBAN {ibanRaw}'],
      es: ['número IBAN {ibanRaw}', 'cuenta internacional {ibanRaw}', 'depositar a IBAN {ibanRaw}'],
    },
  },
  idFrames: {
    en: ['Re: my file — {X}', 'FYI {X}', '{X} (just in case)', 'updating info: {X}', 'ugh, {X}, does that help?', 'copying from my card: {X}'],
    es: ['Re: mi expediente — {X}', 'para que sepan {X}', '{X} (por si acaso)', 'actualizo datos: {X}', 'uff, {X}, sirve?', 'copio de mi tarjeta: {X}'],
  },
  mixed: {
    en: [
      'Name: {name} / DOB: {dobRaw} / Phone: {phoneRaw}', '{name}, {address}, {email}', 'caller {name}, callback {phoneRaw}, {mrn}',
      'patient {name} born {dobRaw} lives in {city}', 'billing: {name}, {card}, {address}', '{provider} ordered labs for {name} on {date}',
    ],
    es: [
      'Nombre: {name} / Nac: {dobRaw} / Tel: {phoneRaw}', '{name}, {address}, {email}', 'llamó {name}, regresar llamada al {phoneRaw}, {mrn}',
      'paciente {name} nacido el {dobRaw} vive en {city}', '{provider} pidió estudios para {name} el {date}',
    ],
  },
  negatives: {
    en: [
      ['order', 'order status for {order} pls'], ['invoice', 'invoice {invoice} total {price}'], ['tracking', 'the box never came, {tracking}'],
      ['ndc', 'generic is {ndc}, is it the same?'], ['cpt', 'does insurance cover {cpt}?'], ['icd', 'they coded it {icd}'], ['dose', 'i missed my {dose} dose yesterday'],
      ['lab', '{lab} last month, better now'], ['bp', '{bp} after walking, ok?'], ['time', 'I will be there by {time}'], ['duration', 'waited {duration} for a callback!!'],
      ['year', 'the last time was back in {year}'], ['agelow', 'my daughter turned {agelow} last week'], ['version', 'updated to {version} and the login broke'],
      ['planname', 'switching to {planname} in january?'], ['state', 'moving out of {state} soon'], ['word', 'may we bring food to the room?'], ['word', 'I hope you can help me'],
      ['word', 'please mark my calendar reminder off'], ['word', 'the bill went to collections by mistake'], ['word', 'thank you so much!'], ['pain', 'pain is {pain} with the new meds'],
      ['weekday', 'closed on {weekday}s?'], ['ticket', 'ref {ticket}'],
    ],
    es: [
      ['order', 'estado del {order} porfa'], ['invoice', '{invoice} total {price}'], ['tracking', 'nunca llegó la caja, {tracking}'], ['ndc', 'el genérico es {ndc}, es lo mismo?'],
      ['icd', 'lo codificaron {icd}'], ['dose', 'se me olvidó la dosis de {dose} ayer'], ['lab', '{lab} el mes pasado'], ['bp', '{bp} después de caminar, está bien?'],
      ['time', 'llego a las {time}'], ['duration', 'esperé {duration} y nadie llamó!!'], ['year', 'la última vez fue en {year}'], ['agelow', 'mi hija cumplió {agelow} años'],
      ['version', 'actualicé a {version} y no entra'], ['state', 'me voy de {state} pronto'], ['word', 'mil gracias!'], ['word', 'la luz del cuarto no sirve'],
      ['word', 'tengo muchos dolores en la espalda'], ['pain', 'dolor {pain} con la medicina nueva'], ['weekday', 'cierran los {weekday}?'],
    ],
  },
  tails: {
    en: [' (ref {ticket})', ', paid {price} already', ' - on {dose} now', ' since {year}', ' around {time}', ', {lab}'],
    es: [' (ref {ticket})', ', ya pagué {price}', ' - tomo {dose}', ' desde {year}', ' como a las {time}', ', {lab}'],
  },
  greetings: {
    en: ['Hey! ', 'hii ', 'Good afternoon, ', 'yo ', 'Hello team, '],
    es: ['Qué tal, ', 'holaa ', 'Buenas noches, ', 'oigan ', 'Hola equipo, '],
  },
};
