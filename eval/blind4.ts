/**
 * A fifth, independent set of phrasings for the generator ("blind4"), written blind on 2026-11-27
 * for the final measurement of the day: its author read eval/ (generator, values, score, run,
 * holdout, blind2, blind3), DESIGN.md §4 and docs/evaluation.md, but nothing under src/, and the
 * engine was not tuned on it before it was measured. It avoids the wording of DEFAULT_TEMPLATES,
 * holdout.ts, blind2.ts and blind3.ts: new situations (ER follow-up, dental, behavioural health
 * intake, maternity and labour & delivery, pediatrics through a parent, hospice families, pharmacy
 * delivery, vaccination records, workers' comp, travel insurance, interpreters), new cue words
 * ("ER wristband #", "dental chart no", "NHC", "número de ficha", "la mutua", "EDD", "salgo de
 * cuentas", "permiso de conducir", "insured id"), names in every position (start, vocative, @mention,
 * lists, parentheses, possessives, sign-offs), lower case, all caps, run-ons, emoji, Mexican,
 * Caribbean (Puerto Rico, Dominican Republic, Cuba), Central American (voseo), Spain and US Spanish
 * (Spanglish), several identifiers per message, and negatives that look like PHI (doses, lab values,
 * vitals, CPT/CDT/ICD/NDC codes, prices, times, counts, room/bed numbers, order/ticket/tracking
 * numbers, contraceptive and drug brands that are also given names - skyla, kyleena, mirena, alli,
 * tarina, aubra, marlissa, lillow - "may"/"march" as verbs, weekdays as words, and words that are
 * names: hope, joy, rose, faith, sky, grace, amber, ginger, crystal, penny, dawn; clara, blanca,
 * soledad, remedios, milagros, caridad, alegría, pilar, domingo, mayo).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND4_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'ER discharge nurse {first} said to follow up here in 2 days', 'following up from the ER visit, patient is {name}', 'who do I complain to about {provider}, the crown fell off in a week',
        'intake for behavioral health: client name {name}', 'my therapist {first} is leaving the practice, can i keep seeing her', 'baby boy arrived last night, his name is {name} 💙',
        'L&D nurse {first} was amazing pls tell her', '{name} is my son, he is 7, can he get the flu spray', 'hospice chaplain {first} visited dad, can she come again',
        'hospice question for {relative}: is the comfort kit still at the house', 'meds delivery for {name} left on the porch in the rain 😡', 'driver {first} said no one answered but i was home all day',
        'vaccine card has {name} spelled wrong', 'workers comp adjuster {name} wants my records, do I sign?', 'the interpreter {first} never showed for my mom',
        'i need a spanish interpreter for {relative} tmrw', 'travel insurance needs a letter signed by {provider}', 'ok {first}, got it, ty', '{first}?? u still there',
        'thx for the help today\n-{first}', "{name}'s guardian here, can I access the portal", 'pls route to {provider} not {provider}, wrong doctor',
        'MY NAME IS {name} I HAVE BEEN ON HOLD FOR AN HOUR', 'mom ({name}) and dad ({name}) are both on hospice now', 'peds question, my kid has had a fever since last night and {relative} says bring him in',
        'who is {first} and why is she calling me about the bill', 'front desk {first} and {first} were both super helpful at the ER', '@{first} can you resend the intake forms',
      ],
      es: [
        'le escribo por lo de urgencias, el paciente es {name}', 'la dentista, {provider}, me dijo que escribiera aquí', 'la muchacha de admisión, {first}, me dio este número',
        'nombre del usuario para la valoración de salud mental: {name}', 'mi psicóloga {first} se va de la clínica?', 'ya nació el bebé, se llama {name} 😍',
        'la partera {first} fue un amor con nosotros', 'mi nene {first} tiene calentura y tos, lo llevo?', 'el chamaco de {name} necesita sus vacunas pa la escuela',
        'en hospicio atienden a {relative}, quién viene el fin de semana?', 'el repartidor {first} dejó las medicinas con la vecina', 'en la cartilla de vacunación pusieron mal el nombre: {name}',
        'el ajustador del seguro del trabajo, {name}, me pide el expediente', 'necesito intérprete para {relative} el jueves', 'el intérprete {first} no llegó y no entendimos nada',
        'vale, gracias {first}, eres un sol', 'klk {first}, ya llegaron los resultados?', 'asere, {first} me dijo que ustedes tienen la vacuna', 'decile a {first} que mañana llego temprano',
        'la que firma es {name}, la tutora legal del niño', '{name} y {name} son los hijos, pueden recibir informes', 'atte. {name}', 'me atendió {provider} en el ambulatorio y me mandó aquí',
        'POR FAVOR QUE ME LLAME {provider}', 'the social worker {first} me dijo que I qualify para ayuda',
      ],
    },
    DATE: {
      en: [
        'seen in the ER {date}, told to f/u w pcp', 'ER visit on {date} - need the discharge papers', 'cleaning booked {date}?', 'intake appt {date} at the counseling center',
        'EDD {date}', 'baby born {dobRaw}, need the letter for daycare', 'hes due for his 2nd MMR, first one was {date}', 'injured at work {date}, comp claim opened',
        'trip is {date} thru {date}, travel insurance needs a fit to fly note', 'dad entered hospice {date}', 'the delivery was supposed to come {date}', 'my tdap was {date} or maybe {date}',
        'birth date on the vaccine record {dobRaw}', 'his bday {dobRaw}, mine {dobRaw}', 'NEXT PRENATAL VISIT {date}??', 'can the interpreter come {date} at 9',
        'last drink was {date}, intake asked', 'filling was done {date} and still hurts', 'kiddo was born {dobRaw} if that helps',
      ],
      es: [
        'fui a urgencias el {date} y me dijeron que escribiera', 'la limpieza dental quedó para el {date}?', 'me dijeron que salgo de cuentas el {date}', 'el niño nació el {dobRaw} y le toca la de los 2 meses',
        'me accidenté en el trabajo el {date}', 'viajo del {date} al {date}, el seguro de viaje pide constancia', 'mi papá entró a cuidados paliativos el {date}',
        'el pedido de la farmacia iba a llegar el {date}', 'la primera dosis fue el {date}, la segunda cuándo?', 'F. de nacimiento {dobRaw}', 'mi cita con la psicóloga es el {date}, verdad?',
        'necesito intérprete para el {date}', 'desde el {date} no duermo bien', 'lo vacunaron el {date} y le dio fiebre', 'la nena nació {dobRaw} y no tiene seguro todavía',
      ],
    },
    AGE_OVER_89: {
      en: [
        'hospice patient, {age90}, comfort care only', 'grandpa is {ageRaw} and needs the shingles shot?', 'great-grandma ({ageRaw}) is coming to the baby shower, does she need tdap',
        'my client is {ageRaw}, the interpreter should speak slowly', 'nursing home resident, {age90}, fall with hip pain', 'grandpa, {age90}, first time at a dentist lol',
        'pt is {ageRaw} w DNR on file', 'GRANDMA IS {ageRaw} PLEASE HURRY', 'can someone who is {ageRaw} get the covid booster at home', 'dad just hit {ageRaw} and still wants to fly, will travel insurance cover him',
      ],
      es: [
        'mi abuelita tiene {ageRaw} y está en cuidados paliativos', 'el señor de {ageRaw} necesita intérprete de mixteco', 'mi bisabuela cumple {ageRaw} el sábado y quiere viajar',
        'con {ageRaw} de edad ya no le ponen la vacuna?', 'paciente de {ageRaw}, dolor de muela', 'mi abuelo tiene {ageRaw} y no quiere bañarse, qué hago', 'mi agüelo ya va pa los {ageRaw}',
        'EDAD {ageRaw}',
      ],
    },
    ADDRESS: {
      en: [
        'deliver the meds to {address}, side door', 'pharmacy courier keeps going to {address}, wrong house', 'ER discharge papers have {address} but i moved', 'hospice bed goes to {address}',
        'i work in {city}, is there a dentist by my job', 'any behavioral health clinics near {city} taking new clients?', 'we flew in from {city}, does travel insurance cover the ER here',
        'workers comp mailed the check to {address}', 'interpreter should meet us at {address}', 'vaccine clinic at the school in {city}?', 'do you deliver to zip {zipRaw}',
        'home address for the birth certificate: {address}', 'i am outside {address} where is the entrance', 'my sister in {city} and me in {city}, which clinic is closer',
        '{address}\nthat is where she lives now',
      ],
      es: [
        'lleven las medicinas a {address}, la puerta de atrás', 'el mensajero de la farmacia fue a {address} y esa no es mi casa', 'ya no vivo en {address}', 'la cama del hospicio va a {address}',
        'trabajo en {city}, hay dentista cerca?', 'vengo desde {city} y el seguro de viaje no me cubre?', 'el intérprete nos espera en {address}?', 'hay vacunación en la escuela de {city}?',
        'reparten a domicilio en el cp {zipRaw}?', 'mi dirección pa la cartilla es {address}', 'estoy afuera de {address}, dónde es la entrada', 'mi hermana vive en {city} y yo en {city}',
        'vivo en {address}, cerca de la parada de la guagua',
      ],
    },
    PHONE: {
      en: [
        'courier can call {phoneRaw} when outside', 'ER said to leave a number, {phoneRaw}', 'my husbands cell for the L&D team {phoneRaw}', 'the interpreter gave me {phoneRaw} is that right',
        '{phoneRaw} <- call this one not the house', 'adjuster asked me to call her at {phoneRaw}', 'HOSPICE NURSE NEEDS TO CALL {phoneRaw}', 'gimme a ring {phoneRaw}', 'if no answer leave vm at {phoneRaw}',
      ],
      es: [
        'el repartidor me puede marcar al {phoneRaw}', 'mi número pa que me avisen de urgencias {phoneRaw}', 'llámame al móvil, {phoneRaw}, vale?', 'el celular de mi marido {phoneRaw} por si nace el bebé',
        '{phoneRaw} ese es el bueno', 'dejen mensaje al {phoneRaw} si no contesto', 'mi tel de la casa {phoneRaw}', 'mándame un mensajito al {phoneRaw}',
      ],
    },
    FAX: {
      en: ['workers comp wants the notes faxed to {faxRaw}', 'dental office fax line {faxRaw}', 'send the immunization record by fax, {faxRaw}', 'FAXED IT TWICE TO {faxRaw}', 'the hospice agency fax: {faxRaw}'],
      es: ['el seguro del trabajo pide las notas por fax al {faxRaw}', 'faxéenme la cartilla al {faxRaw}', 'el número de fax del dentista es {faxRaw}', 'mandé el fax desde la oficina, {faxRaw}'],
    },
    EMAIL: {
      en: ['vaccine record pdf to {email} pls', 'the intake packet never came to {email}', 'adjuster email {email}', 'send the fit-to-fly letter to {email}', 'my wife handles everything: {email}', 'is {email} the one you have'],
      es: ['el certificado de vacunas a {email}', 'no me llegaron los formularios a {email}', 'el ajustador es {email}', 'mándenme la carta para el viaje a {email}', 'mi esposa ve todo: {email}'],
    },
    URL: {
      en: ['the intake form link {url} gives a 404', 'is {url} where i upload the vaccine card', 'hospice gave us {url} for grief support', 'my baby registry {url} lol ignore', 'the delivery page {url} says nothing'],
      es: ['el link del formulario {url} no abre', 'subo la cartilla en {url}?', 'en el hospicio nos dieron {url} para el duelo', 'la página de la entrega {url} no dice nada'],
    },
    IP_ADDRESS: {
      en: ['intake portal says ip {ip} is suspicious', 'the pharmacy app locked me out from {ip}', 'remote interpreter video fails from {ip}', 'admin here, seeing traffic from {ip}', 'IP: {ip}'],
      es: ['el portal dice que la ip {ip} es sospechosa', 'me bloquearon desde {ip}', 'la videollamada con el intérprete falla desde {ip}', 'IP {ip}'],
    },
    SSN: {
      en: ['workers comp form needs my ssn: {ssnRaw}', 'baby ssn came in the mail {ssnRaw}', 'for the sliding scale they want my social {ssnRaw}', 'SOC {ssnRaw}', 'the 9 digit social for my son {ssnRaw}', 'his social security is {ssnRaw}'],
      es: ['el seguro social del bebé ya llegó, {ssnRaw}', 'pa la forma del trabajo, mi social {ssnRaw}', 'el número de social de mi hija: {ssnRaw}', 'SS de mi esposo {ssnRaw}', 'mi soshal {ssnRaw}'],
    },
    MRN: {
      en: [
        'ER wristband # {mrnRaw}', 'dental chart no {mrnRaw}', 'record # from the birthing center {mrnRaw}', "the baby's hospital id {mrnRaw}", 'clinic file number {mrnRaw}', 'pt rec no. {mrnRaw}',
        'medical record {mrnRaw} (hospice)', 'MRN for my son is {mrnRaw}',
      ],
      es: ['NHC {mrnRaw}', 'número de ficha {mrnRaw}', 'la pulsera de urgencias trae {mrnRaw}', 'expediente del bebé {mrnRaw}', 'mi número de historial clínico {mrnRaw}', 'registro del paciente {mrnRaw}'],
    },
    HEALTH_PLAN_ID: {
      en: [
        'dental plan id {planRaw}', 'travel insurance policy # {planRaw}', 'chip card for my daughter {planRaw}', 'the long number on my ins card {planRaw}', 'vision member id {planRaw}',
        'medicaid for the baby {planRaw}', 'my plan # {planRaw}', 'insured id {planRaw}',
      ],
      es: ['número de la mutua {planRaw}', 'póliza del seguro de viaje {planRaw}', 'el medicaid del bebé {planRaw}', 'número de afiliación {planRaw}', 'el número largo de mi tarjeta del seguro {planRaw}', 'mi plan dental {planRaw}'],
    },
    ACCOUNT_NUMBER: {
      en: [
        'ER bill account {acctRaw}', 'pay the dentist balance from checking {acctRaw}', 'comp payments go to acct {acctRaw}', 'credit union account {acctRaw}', 'statement acct no. {acctRaw}',
        'my hospital billing number {acctRaw}', 'patient acct {acctRaw} for the delivery',
      ],
      es: ['la cuenta de la factura de urgencias {acctRaw}', 'cuenta de cheques {acctRaw}', 'depósito a la cuenta {acctRaw}', 'cuenta del dentista {acctRaw}', 'mi cuenta en la cooperativa {acctRaw}'],
    },
    LICENSE_NUMBER: {
      en: [
        'ID for the controlled med delivery {licRaw}', 'lic # {licRaw}', 'my driving license {licRaw}', 'the dentists license # {licRaw}', 'travel doc / passport {licRaw}', 'DL no {licRaw}',
        'license on file should be {licRaw}',
      ],
      es: ['mi licencia de conducir es {licRaw}', 'número de pasaporte pa el seguro de viaje {licRaw}', 'permiso de conducir {licRaw}', 'la cédula del dentista {licRaw}', 'licencia {licRaw} para recoger la medicina'],
    },
    NPI: {
      en: ['dentist npi {npiRaw}', 'ER physician npi is {npiRaw}', 'the midwife NPI {npiRaw}', 'npi no. {npiRaw} for the comp claim'],
      es: ['el npi del dentista {npiRaw}', 'NPI de la partera {npiRaw}', 'el npi del médico de urgencias es {npiRaw}'],
    },
    VEHICLE_ID: {
      en: ['work truck in the accident {vehicleRaw}', 'parked in the ER lot, {vehicleRaw}', 'my car {vehicleRaw} got a ticket at the clinic', 'lic plate {vehicleRaw}', 'the comp form wants the vehicle, {vehicleRaw}'],
      es: ['mi carro {vehicleRaw} está en el parqueo de emergencias', 'la camioneta del trabajo {vehicleRaw}', 'aparqué el coche {vehicleRaw} en la entrada', 'placa del carro del accidente {vehicleRaw}'],
    },
    DEVICE_ID: {
      en: ['breast pump serial {deviceRaw}', 'hearing aid sn {deviceRaw}', 'nebulizer #{deviceRaw} stopped working', 'apnea monitor #{deviceRaw} keeps beeping', 'hospice bed serial {deviceRaw}', 'the interpreter tablet, serial no {deviceRaw}'],
      es: ['el extractor de leche serie {deviceRaw}', 'el aparato del oído, no. de serie {deviceRaw}', 'el nebulizador #{deviceRaw} no prende', 'el monitor de apnea con serie {deviceRaw}'],
    },
    CREDIT_CARD: {
      en: ['run the dental copay on {cardRaw}', 'delivery fee on {cardRaw}', 'fsa card {cardRaw}', 'credit card for the balance {cardRaw}', 'CHARGE {cardRaw}', 'amex {cardRaw} thx'],
      es: ['pasen la tarjeta {cardRaw} pa el dentista', 'el envío a la tarjeta {cardRaw}', 'tarjeta FSA {cardRaw}', 'mi tarjeta de crédito: {cardRaw}', 'con la de débito {cardRaw}'],
    },
    IBAN: {
      en: ['travel insurance reimbursement to {ibanRaw}', 'my bank back home {ibanRaw}', 'IBAN for the refund is {ibanRaw}', 'wire the comp payment to {ibanRaw}'],
      es: ['la mutua me devuelve a {ibanRaw}', 'el reembolso del seguro de viaje a {ibanRaw}', 'mi cuenta de aquí {ibanRaw}', 'IBAN del titular {ibanRaw}'],
    },
  },
  idFrames: {
    en: [
      'ER follow up - {X}', 'for the comp claim: {X}', 'travel insurer asked for {X}', 'the interpreter read me {X} is that right', '{X} <- from the paperwork', 'FOR THE DELIVERY {X}',
      'uh {X} i think', '{X}, what else do u need', 'writing for my mom, {X}',
    ],
    es: [
      'de lo de urgencias - {X}', 'para el reclamo del trabajo: {X}', 'el seguro de viaje me pide {X}', 'el intérprete me leyó {X}, está bien?', '{X} <- de los papeles', 'PA LA ENTREGA {X}',
      'eh {X} creo', '{X}, qué más ocupan', 'ahí le va: {X}',
    ],
  },
  mixed: {
    en: [
      'ER f/u for {name}, {dob}, cb {phoneRaw}', 'baby {name} born {dobRaw}, mom {name}, {plan}', 'hospice pt {name} ({ageRaw}) at {address}, call {phoneRaw}',
      'comp claim: {name}, {ssn}, injured {date}, truck {vehicleRaw}', 'deliver to {name} at {address}, {phoneRaw}, {card}', 'vaccine record for {relative}, dob {dobRaw}, {mrn}',
      '{provider} (npi {npiRaw}) referred {name} to dental', 'travel ins: {name}, policy {planRaw}, passport {licRaw}', 'interpreter needed for {name} on {date} at {address}',
      'intake - {name} / {email} / {phoneRaw}', '{name}\nss {ssnRaw}\n{acct}', 'my name is {name} and my ip is {ip}, cant log in',
    ],
    es: [
      'seguimiento de urgencias de {name}, nac. {dobRaw}, cel {phoneRaw}', 'bebé {name}, nac. {dobRaw}, mamá {name}, {plan}', 'paciente de hospicio {name} ({ageRaw}) en {address}, tel {phoneRaw}',
      'accidente de trabajo: {name}, {ssn}, el {date}', 'entregar a {name} en {address}, {phoneRaw}', 'cartilla de {relative}, nac. {dobRaw}, {mrn}', '{provider} (npi {npiRaw}) mandó a {name} al dentista',
      'seguro de viaje: {name}, póliza {planRaw}, {iban}', 'intérprete para {name} el {date} en {address}', 'soy {name}, my email es {email} y mi cell {phoneRaw}',
    ],
  },
  negatives: {
    en: [
      ['word', 'ER told me to follow up with my pcp in a week, do i book here'], ['word', 'can the hospice team come after school pickup'], ['word', 'is a filling covered or only cleanings'],
      ['word', 'need a spanish interpreter for the next visit pls'], ['word', 'will the courier need a signature'], ['word', 'my workers comp adjuster never calls back'],
      ['word', 'does travel insurance count as primary?'], ['word', 'lost my vaccine card, can you print a new one'], ['word', 'baby has a diaper rash, is that normal at this age'],
      ['word', 'bill me later, the baby came early 😅'], ['word', 'we put our hope in the hospice team, thank you all'], ['word', 'joy of joys, the tooth stopped hurting'],
      ['word', 'pls mark me as needing an interpreter'], ['word', 'rose colored discharge after delivery, normal?'], ['word', 'lost all faith in the ER after that wait'],
      ['word', 'the sky is falling lol jk, just need a refill'], ['word', 'WILL SOMEONE ANSWER PLEASE'], ['word', 'grace under pressure, the L&D team was great'],
      ['word', 'amber colored urine this morning after the ER'], ['word', 'ginger tea ok during pregnancy?'], ['word', 'crystal clear instructions, thanks'], ['word', 'not a penny more on this bill'],
      ['word', 'dawn is the worst time for my anxiety'], ['word', 'had to march up three flights to the dentist, no elevator??'], ['word', 'may the baby sleep on her side?'],
      ['word', 'summer camp form needs a physical'], ['word', 'ty!!'],
      ['weekday', 'is the vaccine clinic {weekday} or {weekday}'], ['weekday', 'sunday scaries are real, any therapy groups?'], ['weekday', 'the tuesday group for new moms still on?'],
      ['drug', 'is skyla or kyleena better after a baby'], ['drug', 'mirena fell out?? what now'], ['drug', 'can i take alli while breastfeeding'], ['drug', 'nora-be or tarina for spotting'],
      ['drug', 'pharmacy gave me aubra instead of marlissa'], ['drug', 'lillow refill for delivery pls'],
      ['room', 'dad moved to room {count} on the hospice unit'], ['room', 'she is in L&D room {count}, bed 2'], ['room', 'ER hallway bed {count}, any update'],
      ['order', 'delivery {order} was left at the wrong door'], ['ticket', 'interpreter app problem, {ticket}'], ['tracking', 'my meds {tracking} out for delivery since 8am'],
      ['invoice', 'dental {invoice} says {price}'], ['confirmation', 'interpreter booked, {confirmation}'], ['ndc', 'delivery had {ndc} but my rx is a different one'],
      ['cpt', 'dentist billed D2740 for the crown is that right'], ['cpt', 'was the ER visit {cpt}'], ['icd', 'the comp claim has {icd} and {icd}'], ['icd', 'O80 on my delivery bill what is that'],
      ['icd', 'Z23 on the vaccine visit?'], ['price', 'crown is {price} after insurance??'], ['price', 'ambulance was $1,842.50 out of network'],
      ['dose', 'ibuprofen {dose} after the extraction ok?'], ['dose', 'amoxicillin 400mg/5ml, 5 ml twice daily for my 3 yr old'], ['dose', 'prenatal vitamin and iron {dose}'],
      ['dose', 'sertraline 50 -> 100, too fast?'], ['lab', 'glucose test 1 hr was 141, fail?'], ['lab', 'baby bili 12.4 on day 3'], ['lab', '{lab} from the ER'], ['lab', 'phq-9 score 14 at intake'],
      ['bp', '{bp} at the prenatal check'], ['bp', 'bp 150/95 postpartum headache'], ['time', 'courier window {time} to {time}'], ['time', 'shot clinic closes {time}?'],
      ['duration', 'out of work for {duration} on comp'], ['duration', 'contractions every 5 min for 1 hr'], ['year', 'last tetanus was {year}'], ['year', 'went to the ER here in {year}'],
      ['agelow', 'im {agelow} and never had the hpv shot, too late?'], ['agelow', 'dad is {agelow} and on hospice, do we need a DNR form'], ['version', 'the interpreter app {version} has no audio'],
      ['planname', 'does {planname} cover dental cleanings'], ['ratio', 'comp pays {ratio}?'], ['pain', 'tooth {pain} after the filling'], ['state', 'traveling to {state} next week, is my plan good there'],
      ['count', 'baby had 8 wet diapers today, enough?'], ['count', 'only {count} doses left at the vaccine clinic?'], ['count', '{count} pills missing from the delivery'],
    ],
    es: [
      ['word', 'en urgencias me dijeron que siguiera con mi médico, agendo aquí?'], ['word', 'el dentista cobra la limpieza aparte?'], ['word', 'necesito intérprete de lenguaje de señas'],
      ['word', 'el repartidor necesita firma?'], ['word', 'el del seguro del trabajo no me regresa las llamadas'], ['word', 'perdí la cartilla de vacunación del niño'],
      ['word', 'el bebé tiene rozaduras, es normal?'], ['word', 'la clara de huevo le cae mal al niño?'], ['word', 'flujo blanco después del parto es normal?'],
      ['word', 'soledad y tristeza desde que nació la bebé, es normal?'], ['word', 'los remedios caseros no funcionan para la muela'], ['word', 'fue un milagro que llegamos a tiempo al hospital'],
      ['word', 'gracias por la caridad de atendernos sin seguro'], ['word', 'la alegría de la casa ya camina jaja'], ['word', 'no tengo ni un chavo pa pagar el deducible'],
      ['word', 'qué vaina con la farmacia, no llega nada'], ['word', 'no tengo pisto para la consulta, hay descuento?'], ['word', 'vale, tío, mañana voy al centro de salud'],
      ['word', 'le echo mayo a todo, afecta el colesterol?'], ['word', 'ESTOY ESPERANDO DESDE HACE HORAS'], ['word', 'el pilar de la familia está en hospicio, qué hacemos'],
      ['weekday', 'el domingo de ramos está cerrado?'], ['weekday', 'la vacunación es {weekday} o {weekday}?'],
      ['drug', 'la mirena se puede caer?'], ['drug', 'me pusieron la kyleena, es normal el dolor?'], ['drug', 'puedo tomar alli dando pecho?'],
      ['room', 'mi papá está en la habitación {count} del hospicio'], ['room', 'urgencias, cama {count}, alguna noticia?'],
      ['order', 'el {order} llegó abierto'], ['ticket', 'problema con la app del intérprete, {ticket}'], ['tracking', 'el paquete, {tracking}, dice demorado'],
      ['invoice', 'la {invoice} del dentista está mal'], ['ndc', 'me entregaron {ndc} y no es lo mío'], ['cpt', 'el código D1110 de la limpieza lo cubre?'], ['cpt', 'me cobraron {cpt} en urgencias'],
      ['icd', 'en la incapacidad pusieron {icd}'], ['price', 'la corona cuesta {price}?'], ['price', 'la ambulancia me cobró {price}'],
      ['dose', 'ibuprofeno {dose} después de sacarme la muela'], ['dose', 'ácido fólico {dose} diario'], ['dose', 'paracetamol 120mg/5ml para el bebé, cuánto le doy'],
      ['lab', 'la curva de glucosa salió 141'], ['lab', 'bilirrubina 12 al tercer día'], ['lab', '{lab} de urgencias'], ['bp', '{bp} en el control prenatal'],
      ['time', 'el repartidor viene entre {time} y {time}'], ['time', 'la vacunación cierra a las {time}?'], ['duration', 'de incapacidad por {duration}'], ['year', 'la antitetánica fue en {year}'],
      ['agelow', 'tengo {agelow} años y nunca me puse la del papiloma'], ['agelow', 'mi papá tiene {agelow} años y está en hospicio'], ['version', 'la app del intérprete {version} no tiene audio'],
      ['planname', 'el {planname} cubre dentista?'], ['ratio', 'el seguro del trabajo paga {ratio}?'], ['pain', 'la muela, {pain}'], ['state', 'me voy a {state} la otra semana, sirve mi seguro allá?'],
      ['count', 'el bebé mojó 6 pañales hoy, es suficiente?'], ['count', 'faltaron {count} pastillas en la entrega'],
    ],
  },
  tails: {
    en: [' (delivery {order})', ', crown was {price}', ' - on {dose} for the pain', ' fwiw {lab}', ' before {time} if u can', ' also {icd} on the comp form', ' and {bp} at triage', ' been {duration}', ' (room {count})'],
    es: [' (entrega {order})', ', la corona {price}', ' - tomo {dose} pal dolor', ' ah y {lab}', ' antes de las {time} si se puede', ' y {icd} en la incapacidad', ' y {bp} en triaje', ' (cuarto {count})'],
  },
  greetings: {
    en: ['hey there ', 'Hi, good evening. ', 'hello?? ', 'Morning, ', 'ok hi ', 'HELLO ', 'Dear clinic, '],
    es: ['Buenas noches. ', 'qué hubo, ', 'hola, disculpa, ', 'Buen día! ', 'holi ', 'épale ', 'Estimados, ', 'klk '],
  },
};
