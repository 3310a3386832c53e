/**
 * A sixth, independent set of phrasings for the generator ("blind5"), written blind on 2026-11-27
 * for the final measurement of the day: its author read eval/ (generator, values, score, run,
 * holdout, blind2, blind3, blind4), DESIGN.md §4 and docs/evaluation.md, but nothing under src/, and
 * the engine was not tuned on it before it was measured. It avoids the wording of DEFAULT_TEMPLATES,
 * holdout.ts, blind2.ts, blind3.ts and blind4.ts: new situations (dialysis scheduling, physical
 * therapy, optometry, allergy clinic, lactation support, home oxygen delivery, medical records
 * requests, court-ordered treatment, school nurse, veterans' care, clinical trial enrolment), new cue
 * words ("unit chart", "study subject", "badge #", "VA file", "C-file", "claim under my social",
 * "núm. de afiliación IMSS", "folio del expediente", "CURP-less" phrasings, "cédula" as ID, "matrícula"
 * of the oxygen truck), names in every position (start, after verbs, lists, vocatives, sign-offs,
 * possessives, between commas, in brackets), typos, lower case, all caps, missing punctuation, emoji,
 * run-ons, Mexican, Caribbean, Central American, Spain and US Spanish (Spanglish), several
 * identifiers per message, ids without the obvious keyword, and negatives that look like PHI
 * (dialysis chair and PT room numbers, Kt/V, potassium, IgE, visual acuity 20/40, lens powers,
 * O2 flow and sats, CPT 90935/97110/92014/95165, ICD N18.6/Z99.2/H52.13/J30.2, NDC codes, prices,
 * times, counts, order/ticket/tracking numbers, drug and brand names that are also given names -
 * allegra, camila, errin, heather, jolivette, ella, lyrica - months and weekdays used as words
 * "august", "may", "monday blues", "los lunes", and words that are names:
 * iris, ivy, holly, olive, basil, patience, honey, pearl, sunny, frank, sue, chase; rocío, aurora,
 * socorro, victoria, rosario, cruz, reyes, fe, lucero, trinidad, angustias).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND5_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'dialysis tech {first} put my needle in wrong again, can someone else do it', '{name} missed her tuesday chair, can she make it up thursday', 'my PT is {first} and he wants me 3x a week, insurance only pays 2',
        'rescheduling the eye exam for {name}, she broke her glasses', 'allergy shots for {name} - did he react last week?', 'lactation consultant {first} told me to pump after every feed',
        'the oxygen guy {first} left the wrong tubing', 'requesting all records for {name} from 2019 on', 'court ordered eval for {name}, the PO needs proof he came',
        'school nurse here, {name} in 3rd grade has a rash', 'is {first} allowed to carry her epipen on the bus', 'vet here, {titled} at the VA told me to message you',
        'clinical trial coordinator {first} said I qualify??', 'screening visit for {name} next week, does she need to fast',
        'thanks {first} 🙏 you made the treatment bearable', 'hiya {first}, the tank is almost empty', '{first}, {first} and {first} from the front desk - yall are great',
        'my kids [{first}, {first}] both need their forms signed', '{name}, my daughter, starts nursing school and needs a TB test', 'tell {provider} i said the drops sting',
        "who signed off on {name}'s records release??", 'i think {provider} retired? my records are stuck', 'PLEASE HAVE {provider} CALL ME BACK ABOUT THE TRIAL',
        'ok so {relative} (the one on oxygen) fell again', 'the PO is {name} if you need to send the attendance letter', 'sincerely, {name} (guardian)',
        'cheers\n{first}', 'the swim coach {name} needs a note about his inhaler', '{titled}, your appointment is confirmed - wait sorry wrong chat',
        'veteran {name} is asking about community care', 'send it attn {name}',
      ],
      es: [
        'la técnica de diálisis, {first}, me dejó un moretón enorme', '{name} no pudo ir a su sesión del martes, la reponemos?', 'mi fisioterapeuta {first} dice que tres veces por semana',
        '{provider} me cambió la graduación de los lentes', 'a {name} le toca la vacuna de la alergia hoy', 'la asesora de lactancia {first} me enseñó a poner al bebé',
        'el chofer del oxígeno, {first}, dejó el tanque afuera', 'pido el expediente completo de {name}', 'el juez le ordenó tratamiento a {name}, ocupan constancia',
        'soy la enfermera de la escuela, {name} vomitó en el recreo', 'la coordinadora del estudio, {first}, no me ha llamado', 'veterano {name}, pregunta por su cita',
        'gracias {first}!! ustedes son lo máximo', 'ey {first}, ya se acabó el tanque', 'mija {first} necesita el certificado médico pa la escuela',
        'mis hijos ({first} y {first}) necesitan el formulario firmado', '{name}, del cuarto de al lado, también está en diálisis aquí', 'dígale a {provider} que las gotas arden',
        'QUE ME LLAME {provider} POR FAVOR', 'el papá de {name} no quiere firmar el consentimiento', 'saludos cordiales, {name}', 'bendiciones\n{first}',
        'diache {first}, ya llegó el concentrador', 'mirá {first}, la terapia me está ayudando', 'el oficial de libertad condicional es {name}', 'chévere, gracias {first}',
        'my abuela {name} needs la silla de ruedas pa la diálisis',
      ],
    },
    DATE: {
      en: [
        'my first dialysis run was {date}', 'can we move the chair time from {date} to {date}', 'PT eval done {date}, re-eval due?', 'last eye exam {date}, am I due?',
        'started allergy shots {date}', 'baby born {dobRaw}, still having latch issues', 'oxygen delivery scheduled for {date} but nobody came', 'records from {date} through {date} pls',
        'court date is {date} and I need the letter before', 'kindergarten physical was {date}, school says its expired', 'discharged from the army {date}', 'consent signed {date} for the study',
        'dob on the trial paperwork should be {dobRaw}', 'her birthday ({dobRaw}) is wrong on the school form', 'contacts ordered {date}, still waiting', 'DID SHE GET THE SHOT ON {date}',
        'last period {date}, is it safe to take the trial drug', 'i was born {dobRaw} not what the VA has', 'reaction happened {date} after the 3rd vial',
        'next skin test {date}? or the week after',
      ],
      es: [
        'empecé la diálisis el {date}', 'mi terapia física empieza el {date}', 'el examen de la vista fue el {date}', 'las vacunas de la alergia las empecé el {date}',
        'el bebé nació el {dobRaw} y no se pega bien', 'el oxígeno iba a llegar el {date}', 'necesito el expediente del {date} al {date}', 'la audiencia es el {date}, ocupo la carta',
        'la niña nació {dobRaw}, pa la ficha de la escuela', 'me dieron de baja del ejército el {date}', 'firmé el consentimiento del estudio el {date}', 'mi fecha de nac. real es {dobRaw}',
        'los lentes los pedí el {date}', 'tuvo la reacción el {date}', 'LA PRÓXIMA SESIÓN ES EL {date}?', 'desde el {date} no me llega el oxígeno', 'nació el {dobRaw}, le cambian la dosis?',
      ],
    },
    AGE_OVER_89: {
      en: [
        'dad ({ageRaw}) is on dialysis, is that even safe', 'grandma, {ageRaw}, needs PT at home after the fall', 'my aunt, {ageRaw}, wants cataract surgery',
        'WWII vet, {ageRaw}, needs a ride to the VA', 'home oxygen for my neighbor, {age90}, who do i call', 'patient {ageRaw} on 2L continuous', 'trial max age is 75, what about dad - {ageRaw}?',
        'pop pop - {ageRaw} - refuses the walker', 'our oldest dialysis patient ({ageRaw}) says hi lol', 'records request for mom ({ageRaw}), its for her will',
        'legally blind, {ageRaw}, lives alone',
      ],
      es: [
        'mi papá tiene {ageRaw} y sigue en diálisis', 'la abuela, {ageRaw}, necesita terapia en casa', 'mi tía con {ageRaw} quiere operarse de cataratas', 'veterano de {ageRaw}, necesita transporte',
        'oxígeno en casa para una señora de {ageRaw}', 'mi abuelito ya cumplió {ageRaw} y no quiere la andadera', 'paciente con oxígeno, {age90}', 'MI ABUELA TIENE {ageRaw}',
        'señora de {ageRaw}, casi no ve',
      ],
    },
    ADDRESS: {
      en: [
        'oxygen tanks go to {address}, ring twice', 'pls send the concentrator to {address} not the old place', 'records should be mailed to {address}', 'is there a dialysis unit closer to {city}',
        'any PT clinics around {city} that take tricare?', 'we moved to {address} last month', 'the court wants my current address: {address}', 'school is in {city} if that matters',
        'the VA shows {address} but thats my ex', 'does the trial have a site in {city} or {city}', 'transport picks me up at {address} at 5am for dialysis', 'allergy clinic near zip {zipRaw}?',
        'mail the glasses to {address}', 'pickup address for the empty tanks\n{address}', 'i commute from {city}, can i do dialysis near work',
      ],
      es: [
        'el oxígeno va a {address}, toquen fuerte', 'manden el concentrador a {address}', 'el expediente me lo mandan a {address}', 'hay clínica de diálisis cerca de {city}?',
        'me mudé a {address} el mes pasado', 'el juzgado pide mi domicilio: {address}', 'la escuela está en {city}', 'el estudio tiene sede en {city}?', 'me recogen en {address} pa la diálisis',
        'alergólogo cerca del código {zipRaw}?', 'los lentes mándenlos a {address}', 'soy de {city} pero vivo en {city}', 'la dirección de mi abuela: {address}', 'vivo en {address}, frente a la bodega',
      ],
    },
    PHONE: {
      en: [
        'oxygen driver can text {phoneRaw} 10 min before', 'dialysis unit call my daughter {phoneRaw} if I dont show', 'the PO wants you to call {phoneRaw}', 'school nurse line is {phoneRaw}',
        'my VA social worker {phoneRaw}', 'trial coordinator said call {phoneRaw} after hours', '{phoneRaw} best # after 6', 'hit me up {phoneRaw}', 'CALL {phoneRaw} ASAP MY TANK IS EMPTY',
        'number changed, its {phoneRaw} now',
      ],
      es: [
        'que el chofer del oxígeno me llame al {phoneRaw}', 'si no llego a diálisis llamen a mi hija {phoneRaw}', 'el oficial pide que le marquen al {phoneRaw}', 'el teléfono de la enfermería escolar {phoneRaw}',
        '{phoneRaw} ese es mi whats', 'cambié de número, ahora es {phoneRaw}', 'llámeme al fijo {phoneRaw}', 'ME PUEDEN LLAMAR AL {phoneRaw}', 'dame un timbrazo al {phoneRaw}',
      ],
    },
    FAX: {
      en: ['the court clerk fax is {faxRaw}', 'records dept, fax back to {faxRaw}', 'VA community care faxes to {faxRaw}', 'oxygen supplier needs the CMN faxed {faxRaw}', 'school wants the form faxed: {faxRaw}', 'study sponsor fax {faxRaw}'],
      es: ['el fax del juzgado es {faxRaw}', 'archivo clínico, faxéenlo al {faxRaw}', 'el proveedor del oxígeno pide la orden por fax {faxRaw}', 'la escuela recibe faxes en el {faxRaw}', 'fax de la clínica de diálisis: {faxRaw}'],
    },
    EMAIL: {
      en: ['records release pdf to {email}', 'my PO email is {email}', 'send the school form to {email} thx', 'trial updates to {email} please not my work one', 'the eye rx, can you email it {email}', 'reach my wife at {email}', 'VA letter to {email}'],
      es: ['el expediente en pdf a {email}', 'el correo del oficial es {email}', 'manden el formulario a {email}', 'la receta de los lentes a {email} porfa', 'escríbanle a mi hija: {email}', 'mi email nuevo {email}'],
    },
    URL: {
      en: ['the records request portal {url} keeps timing out', 'trial signup link {url} wants my ssn??', 'is {url} legit? says its the oxygen company', 'school health form is at {url}', 'found my old chart on {url} wtf', 'my PT exercises are at {url}'],
      es: ['el portal para pedir el expediente {url} no carga', 'el enlace del estudio {url} pide mis datos', 'es de ustedes {url}?', 'la forma de salud escolar está en {url}', 'los ejercicios de la terapia están en {url}'],
    },
    IP_ADDRESS: {
      en: ['records portal blocked {ip}', 'trial eDiary wont sync from {ip}', 'IT: repeated logins from {ip} on the dialysis tablet', 'my home ip is {ip} if that helps', 'source address {ip}'],
      es: ['el portal del expediente bloqueó {ip}', 'el diario del estudio no sincroniza desde {ip}', 'intentos de acceso desde {ip}', 'mi ip de la casa es {ip}'],
    },
    SSN: {
      en: ['VA has my claim under my social {ssnRaw}', 'for the records request they want the last... no the whole thing {ssnRaw}', 'the trial stipend form needs ss# {ssnRaw}', 'my social: {ssnRaw}', 'court paperwork lists SS {ssnRaw}', 'soc. sec. no. {ssnRaw}', 'dad\'s social is {ssnRaw}'],
      es: ['el seguro social de mi papá {ssnRaw}', 'para el pago del estudio piden mi social {ssnRaw}', 'número del social {ssnRaw}', 'mi SS es {ssnRaw}', 'el social del niño pa la escuela: {ssnRaw}', 'seguro soc. {ssnRaw}'],
    },
    MRN: {
      en: ['dialysis unit chart {mrnRaw}', 'study subject {mrnRaw} - wait is that the same as my chart', 'pt # {mrnRaw} at the eye center', 'hospital number {mrnRaw}', 'records request for patient no. {mrnRaw}', 'unit record {mrnRaw}', 'my chart number should be {mrnRaw}', 'MR# {mrnRaw}'],
      es: ['folio del expediente {mrnRaw}', 'número de expediente clínico {mrnRaw}', 'mi número de paciente de diálisis {mrnRaw}', 'historia {mrnRaw}', 'registro hospitalario {mrnRaw}', 'núm. expediente {mrnRaw}', 'expte. {mrnRaw}'],
    },
    HEALTH_PLAN_ID: {
      en: ['tricare id {planRaw}', 'the oxygen is billed to medicare {planRaw}', 'vision plan subscriber {planRaw}', 'my ID on the insurance card is {planRaw}', 'secondary ins {planRaw}', 'medi-cal for the school kid {planRaw}', 'beneficiary no. {planRaw}', 'champva {planRaw}', 'plan member {planRaw}'],
      es: ['núm. de afiliación IMSS {planRaw}', 'mi seguro médico {planRaw}', 'el número del medicare pa el oxígeno {planRaw}', 'credencial del seguro {planRaw}', 'seguro secundario {planRaw}', 'afiliado {planRaw}', 'tarjeta del seguro de la niña {planRaw}'],
    },
    ACCOUNT_NUMBER: {
      en: ['oxygen rental account {acctRaw}', 'guarantor acct {acctRaw} for the dialysis bills', 'pay the PT balance from my bank {acctRaw}', 'records copy fee billed to account {acctRaw}', 'direct deposit for the trial stipend {acctRaw}', 'my account w/ you guys {acctRaw}', 'acct ending... actually full # {acctRaw}'],
      es: ['cuenta del oxígeno {acctRaw}', 'la cuenta de diálisis {acctRaw}', 'depósito del estudio a mi cuenta {acctRaw}', 'cuenta bancaria {acctRaw}', 'número de cliente {acctRaw}', 'la cuenta a mi nombre {acctRaw}'],
    },
    LICENSE_NUMBER: {
      en: ['photo id for the records pickup {licRaw}', 'my drivers lic {licRaw}', 'optometrist license {licRaw}', 'passport for the trial abroad {licRaw}', 'the prescriber dea {licRaw}', 'state ID # {licRaw}', 'lic. {licRaw} on the court form', 'my license # is {licRaw}'],
      es: ['identificación pa recoger el expediente {licRaw}', 'mi licencia {licRaw}', 'cédula del optometrista {licRaw}', 'mi pasaporte {licRaw}', 'carnet de conducir {licRaw}', 'licencia de manejar {licRaw}'],
    },
    NPI: {
      en: ['PT provider npi {npiRaw}', 'optometrist NPI is {npiRaw}', 'the nephrologist npi {npiRaw} for the referral', 'principal investigator NPI {npiRaw}', 'npi for the oxygen order {npiRaw}'],
      es: ['el npi del nefrólogo {npiRaw}', 'NPI de la fisioterapeuta {npiRaw}', 'npi del optometrista {npiRaw}', 'el NPI del que ordenó el oxígeno {npiRaw}'],
    },
    VEHICLE_ID: {
      en: ['the oxygen truck that hit my mailbox {vehicleRaw}', 'dialysis transport van {vehicleRaw} never came', 'disabled parking tag for my car {vehicleRaw}', 'my truck {vehicleRaw} is in the VA lot', 'the court wants my car info, {vehicleRaw}', 'car reg {vehicleRaw}'],
      es: ['la camioneta del oxígeno {vehicleRaw} chocó mi buzón', 'la van de transporte {vehicleRaw} no llegó', 'permiso de discapacitado para el carro {vehicleRaw}', 'mi troca {vehicleRaw} está en el estacionamiento', 'matrícula del coche {vehicleRaw}'],
    },
    DEVICE_ID: {
      en: ['oxygen concentrator serial {deviceRaw} alarming', 'portable O2 unit sn: {deviceRaw}', 'dialysis machine at home {deviceRaw} flashing red', 'the trial gave me a watch, id {deviceRaw}', 'tens unit from PT {deviceRaw} died', 'epipen trainer?? no the real one, serial {deviceRaw}', 'pulse ox {deviceRaw} reads wrong'],
      es: ['el concentrador de oxígeno serie {deviceRaw} suena', 'la máquina de diálisis en casa {deviceRaw} marca error', 'el reloj del estudio {deviceRaw} no carga', 'el oxímetro {deviceRaw} marca raro', 'el tens de la terapia {deviceRaw} ya no prende'],
    },
    CREDIT_CARD: {
      en: ['pay the records copy fee with {cardRaw}', 'put the contacts on {cardRaw}', 'hsa card {cardRaw}', 'the oxygen copay autopay on {cardRaw}', 'discover {cardRaw} for the exam', 'charge it pls {cardRaw}', 'debit {cardRaw}'],
      es: ['cobren las copias del expediente a {cardRaw}', 'los lentes con la tarjeta {cardRaw}', 'mi visa {cardRaw}', 'tarjeta de débito {cardRaw} para el copago', 'con esta {cardRaw}', 'pásala por {cardRaw}'],
    },
    IBAN: {
      en: ['trial stipend to my spanish account {ibanRaw}', 'i live in spain half the year, bank {ibanRaw}', 'refund the deposit to {ibanRaw}', 'the sponsor needs iban {ibanRaw}', 'euro account {ibanRaw}'],
      es: ['el pago del estudio a mi cuenta {ibanRaw}', 'la devolución a {ibanRaw}', 'mi cuenta en el banco de España {ibanRaw}', 'ingresen la fianza en {ibanRaw}', 'IBAN {ibanRaw}'],
    },
  },
  idFrames: {
    en: [
      'for the records request: {X}', 'dialysis intake asked {X}', 'trial screening - {X}', 'court form line 4: {X}', 'the school needs {X}', 'VA wants {X} too??',
      '{X} (copied off the letter)', 'OXYGEN PAPERWORK {X}', 'hmm {X} maybe', 'here u go {X} anything else', 'on behalf of my dad: {X}', 'its {X}',
    ],
    es: [
      'para la solicitud del expediente: {X}', 'en diálisis me pidieron {X}', 'para el estudio - {X}', 'el juzgado pide {X}', 'la escuela necesita {X}', 'de parte de mi papá: {X}',
      '{X} (lo copié de la carta)', 'PAPELES DEL OXÍGENO {X}', 'mmm {X} creo', 'ahí está {X}, algo más?', 'aquí va: {X}',
    ],
  },
  mixed: {
    en: [
      'dialysis transfer: {name}, {dob}, {mrn}, {plan}', 'oxygen delivery for {name} at {address}, call {phoneRaw}, {device}', 'records request - {name} / {dob} / send to {email}',
      'court ordered tx: {name}, ss {ssnRaw}, hearing {date}, PO cell {phoneRaw}', 'school nurse: {name} (dob {dobRaw}), mom {name} {phoneRaw}', 'VA vet {name}, {ageRaw}, {address}, {plan}',
      'trial subject {name}, {mrn}, stipend to {acct}', '{provider} {npi} ordered PT for {name} starting {date}', 'contacts for {name}, pay w {cardRaw}, ship {address}',
      '{name}\n{address}\n{phoneRaw}\n{email}', 'its {name} my ip {ip} and the portal {url} wont load', 'refund {name} to {ibanRaw}, fax receipt {faxRaw}', 'driver {name}, {vehicle}, {lic}',
    ],
    es: [
      'traslado de diálisis: {name}, {dob}, {mrn}', 'oxígeno para {name} en {address}, tel {phoneRaw}', 'solicitud de expediente - {name} / {dob} / a {email}',
      'tratamiento por orden del juez: {name}, {ssn}, audiencia el {date}', 'enfermería escolar: {name}, nac. {dobRaw}, mamá {name} {phoneRaw}', 'veterano {name}, {ageRaw}, en {address}',
      'estudio clínico: {name}, {mrn}, pago a {ibanRaw}', '{provider} {npi} mandó terapia para {name} desde el {date}', 'lentes pa {name}, con la tarjeta {cardRaw}, enviar a {address}',
      'soy {name}, mi cell {phoneRaw} and my email {email}, ok?', '{name}\n{address}\n{phoneRaw}', 'en casa de {name} ({ageRaw}) necesitan el concentrador, {device}',
    ],
  },
  negatives: {
    en: [
      ['word', 'can i switch my dialysis chair to the one by the window'], ['word', 'PT says my gait is better, yay'], ['word', 'do you take walk-ins for eye exams'],
      ['word', 'allergy shot day, any wait today?'], ['word', 'latch still hurts, should I use a shield'], ['word', 'the oxygen tubing smells like plastic is that ok'],
      ['word', 'how long does a records request take'], ['word', 'does the court letter need a wet signature'], ['word', 'school nurse asked for an updated asthma plan'],
      ['word', 'are you in network with the VA community care program'], ['word', 'what does phase 2 mean for the trial'], ['word', 'iris looks red after the dilation, normal?'],
      ['word', 'poison ivy or hives? pic attached'], ['word', 'holly and pine trees make me sneeze every winter'], ['word', 'olive oil on the nipples ok?'],
      ['word', 'basil and mint allergy is that a thing'], ['word', 'patience is running out, 3rd call about the oxygen'], ['word', 'local honey for allergies, myth?'],
      ['word', 'pearl sized lump near my eyelid'], ['word', 'sunny days make my eyes water'], ['word', 'to be frank the PT exercises are too easy'], ['word', 'I do not want to sue anyone, i just want my records'],
      ['word', 'tired of having to chase the school for forms'], ['word', 'an august institution like yours loses my records??'], ['word', 'may i bring my own blanket to dialysis'],
      ['weekday', 'monday blues, PT made it worse lol'], ['weekday', 'the thursday crowd at dialysis is way nicer'], ['weekday', 'MWF dialysis or TTS, which has openings'],
      ['weekday', 'is PT still on {weekday}? whichever is open'],
      ['drug', 'allegra or zyrtec for the cat allergy'], ['drug', 'camila vs errin while breastfeeding?'], ['drug', 'they switched me from heather to jolivette'],
      ['drug', 'is ella safe while nursing'], ['drug', 'lyrica makes me dizzy at PT'], ['drug', 'is xolair like allegra but stronger'],
      ['room', 'im in chair {count} today'], ['room', 'PT gym, room {count}, got it'], ['room', 'exam lane 3 or 4 for the dilated exam?'], ['room', 'school nurse office is room {count}'],
      ['order', 'oxygen {order} still not shipped'], ['ticket', 'portal problem, {ticket}'], ['tracking', 'contacts {tracking} stuck in transit'], ['invoice', 'records copy {invoice} was {price}'],
      ['confirmation', 'trial visit booked, {confirmation}'], ['ndc', 'the epinephrine {ndc} was recalled?'], ['cpt', 'is 97110 billed per 15 min'], ['cpt', 'was the eye exam billed as 92014 or {cpt}'],
      ['cpt', 'allergy extract 95165 x 10 doses?'], ['cpt', 'hemodialysis 90935 on the EOB'], ['icd', 'N18.6 and Z99.2 on the dialysis claim'], ['icd', 'H52.13 means what'], ['icd', 'J30.2 for seasonal?'],
      ['icd', 'claim says {icd}'], ['price', 'frames are {price} after the allowance'], ['price', 'copy fee $0.25 a page, really?'],
      ['dose', 'epi 0.15 mg or 0.3 mg for a 40 lb kid'], ['dose', 'fluticasone 2 sprays each nostril'], ['dose', 'binder {dose} with each meal'], ['dose', 'trial drug {dose} or placebo, i guess we wont know lol'],
      ['lab', 'Kt/V 1.3 last month, good enough?'], ['lab', 'potassium 5.9 after the weekend'], ['lab', 'phos 6.8 and PTH 512'], ['lab', 'total IgE 340'], ['lab', '{lab} at screening'],
      ['vision', 'vision 20/40 left 20/25 right'], ['vision', 'rx -2.25 -0.75 x 180, is that strong'], ['vision', 'eye pressure 22 both eyes'], ['vision', 'PD 63'],
      ['vitals', 'O2 sat 88% on 2L'], ['vitals', 'turned the flow up to 3 l/min is that ok'], ['vitals', 'dry weight 72.5 kg'], ['bp', '{bp} after dialysis'], ['bp', 'bp 88/50 post run, dizzy'],
      ['time', 'chair time {time}?'], ['time', 'oxygen delivery window {time} - {time}'], ['duration', 'PT for {duration} and no change'], ['duration', 'on the waitlist for {duration}'],
      ['year', 'served 2003 to 2011'], ['year', 'records from {year} are archived?'], ['agelow', 'my son is {agelow}, can he be in the study'], ['agelow', 'im {agelow} and just got glasses'],
      ['version', 'the trial app {version} crashed'], ['planname', 'does {planname} cover contacts'], ['ratio', 'does the plan pay {ratio} for PT'], ['pain', 'knee {pain} after PT'],
      ['state', 'moving to {state}, can i transfer dialysis'], ['count', '{count} tanks in the garage, too many?'], ['count', 'baby ate 8 times and 6 wet diapers'], ['count', 'walked {count} ft with the walker'],
    ],
    es: [
      ['word', 'me pueden cambiar de sillón en diálisis'], ['word', 'ya camino mejor con la terapia'], ['word', 'atienden sin cita para el examen de la vista?'],
      ['word', 'hoy toca vacuna de alergia, hay fila?'], ['word', 'me duele cuando el bebé se pega'], ['word', 'la manguera del oxígeno huele a plástico'],
      ['word', 'cuánto tarda la solicitud del expediente'], ['word', 'la carta del juzgado tiene que ir firmada?'], ['word', 'la enfermera de la escuela pide el plan del asma'],
      ['word', 'el rocío de la mañana me da alergia'], ['word', 'a la aurora ya estoy despierta por la tos'], ['word', 'SOCORRO se me acabó el oxígeno'], ['word', 'qué victoria, ya me dieron de alta de terapia'],
      ['word', 'rezamos el rosario por mi papá en diálisis'], ['word', 'la cruz roja me trajo a urgencias'], ['word', 'los reyes del drama somos nosotros jaja'], ['word', 'tengo fe en el estudio'],
      ['word', 'el lucero de la tarde y yo con estornudos jaja'], ['word', 'cuántos meses dura el estudio?'], ['word', 'qué angustias con este papeleo'], ['word', 'ta bien, gracias mi amor'],
      ['word', 'me puse bien chiva con lo del oxígeno'], ['word', 'vale, guay, hasta mañana'], ['word', 'ando bien agüitado, la terapia no sirve'],
      ['weekday', 'los lunes la sala de diálisis está llena'], ['weekday', 'cada sábado me toca lavar el concentrador'], ['weekday', 'la terapia sigue siendo el {weekday}?'],
      ['drug', 'allegra o loratadina pa la alergia'], ['drug', 'la pastilla camila se puede dando pecho?'], ['drug', 'me dieron lyrica y me mareo'],
      ['room', 'estoy en el sillón {count}'], ['room', 'consultorio {count} de terapia'], ['room', 'la enfermería es el salón {count}'],
      ['order', 'el {order} del oxígeno no sale'], ['ticket', 'falla en el portal, {ticket}'], ['tracking', 'los lentes, {tracking}, siguen en camino'], ['invoice', 'la {invoice} de las copias'],
      ['ndc', 'retiraron el {ndc}?'], ['cpt', 'me cobraron {cpt} por la terapia'], ['cpt', 'el 92004 lo cubre el seguro?'], ['icd', 'en el reclamo pusieron N18.6'], ['icd', 'dice {icd} en la orden'],
      ['price', 'los armazones cuestan {price}'], ['price', 'la copia del expediente cuesta {price}?'], ['dose', 'la epinefrina de 0.15 mg para la niña'], ['dose', 'el quelante {dose} con cada comida'],
      ['lab', 'potasio 5.9 después del fin de semana'], ['lab', 'el fósforo salió 6.8'], ['lab', '{lab} en la visita de selección'], ['vision', 'la vista 20/40 del ojo izquierdo'], ['vision', 'graduación -1.75 en los dos ojos'],
      ['vitals', 'saturación 88% con 2 litros'], ['vitals', 'peso seco 68 kilos'], ['bp', '{bp} al salir de diálisis'], ['time', 'mi turno de diálisis es a las {time}'], ['time', 'el oxígeno llega entre {time} y {time}'],
      ['duration', 'llevo {duration} de terapia'], ['year', 'estuve en el ejército desde {year}'], ['agelow', 'mi hijo tiene {agelow} años, puede entrar al estudio?'], ['agelow', 'tengo {agelow} años y ya uso lentes'],
      ['version', 'la app del estudio {version} se traba'], ['planname', 'el {planname} cubre lentes?'], ['ratio', 'el seguro paga {ratio} de la terapia?'], ['pain', 'la rodilla, {pain}'],
      ['state', 'me mudo a {state}, me pueden transferir la diálisis?'], ['count', 'tengo {count} tanques en la casa'], ['count', 'el bebé comió 8 veces hoy'],
    ],
  },
  tails: {
    en: [' (oxygen {order})', ', frames were {price}', ' - still on {dose}', ' also {lab}', ' pls before {time}', ' and {icd} on the claim', ', {bp} post run', ' been like {duration}', ' (chair {count})'],
    es: [' (oxígeno {order})', ', los lentes {price}', ' - sigo con {dose}', ' y {lab}', ' antes de las {time} porfa', ' y {icd} en el reclamo', ', {bp} al salir', ' (sillón {count})'],
  },
  greetings: {
    en: ['yo ', 'Good afternoon team, ', 'hi again ', 'HI ', 'hey guys. ', 'um hello ', 'To whom it may concern, '],
    es: ['Qué tal, ', 'buenas ', 'qué onda, ', 'Hola buenas tardes. ', 'wepa ', 'Muy buenas, ', 'oigan, ', 'Buenas, mirá, '],
  },
};
