/**
 * A nineteenth, independent set of phrasings for the generator ("blind18"), written blind on
 * 2026-11-28 for the closing blind measurement. Its author read everything under eval/ except
 * blind9.ts … blind17.ts (generator, values, prng, score, run, holdout, blind2 … blind8), section 4 of
 * /work/shared/DESIGN.md (labels and what each kind of identifier is labelled) and the first 40 lines
 * of docs/evaluation.md; the author did NOT read blind9.ts … blind17.ts, anything under src/, test/, bench/ or
 * scripts/, any other part of docs/, nor the git history, and neither the engine nor the evaluation
 * was run on this set (only the generator, to check that it loads and generates).
 * It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind8.ts: new situations
 * (an asthma education nurse and home asthma visits, a pain clinic with pill counts and treatment
 * agreements, a sports-medicine clinic with concussion and return-to-play clearance, a foster-care
 * health liaison, a refugee health screening, a detox unit discharge and sober living, a kidney
 * transplant pharmacy, a long-covid clinic, a prenatal WIC referral, a telehealth tech-support line,
 * a pharmacy price-match desk, dental implant financing, a vision plan, a pediatric feeding clinic, a
 * burn unit family line, a workers' comp nurse case manager), new cue words for ids ("burn unit pt #",
 * "detox admit #", "pain clinic chart", "transplant recipient number", "refugee health screening id",
 * "concussion baseline athlete id", "foster youth health passport", "feeding clinic pt",
 * "refugee medical assistance", "vision plan member #", "dental plan subscriber id", "medicare
 * advantage id", "marketplace policy", "implant financing account", "HSA", "comp checks go to",
 * "refugee travel document", "athletic trainer license", "foster home license", "learner's permit",
 * "nebulizer", "TENS unit", "spinal cord stimulator remote", "feeding pump", "loaner pulse ox",
 * "bone stimulator", "telehealth hotspot"; Spanish "número de receptor", "número de registro del
 * tamizaje", "id de atleta", "asistencia médica para refugiados", "documento de viaje", "licencia del
 * hogar de crianza", "permiso de manejo", "cuenta de ahorro para salud", "mi ws"), typos in cue words
 * ("medcial record", "chrat #", "memebr id", "subscirber", "acount", "sociall", "licnese",
 * "passprot", "plaet", "serail", "emial", "phne", "brithday", "faxx"; "expidiente", "numro de
 * poliza", "cuneta", "seguro scoial", "lisencia", "tarjerta", "telefno", "coreo", "fecha de
 * naciemiento", "IMEi"), ids with no keyword at all, names in every position and case (message start,
 * after verbs, vocatives, lists of three, possessives, parentheses, "cc", "RE:", sign-offs on the next
 * lines, all-caps context, nicknames "goes by", Spanglish, Andean, Caribbean and Venezuelan words -
 * ñaño, guagua, tata, pana, chamo, aló), ages over 89 in new phrasings ("a spry …", "… going on 20",
 * "hit … in the burn unit", "ya pasa de los …", "a sus …"), dates in many chat forms ("…-ish", "b4 …",
 * "from … thru …", two dates in one message, a corrected date of birth), addresses including places
 * named without a street (a blue house past the church, the hotel across from the burn unit, a town
 * named alone, "not …, the wrong town"), phones, faxes, emails, urls, IPs, cards, IBANs, licences,
 * plates and VINs, device serials, several identifiers per message.
 * Negatives: about four in five ordinary chat with look-alikes (asthma doses and peak flows, FeNO,
 * ACT scores, MME, pill counts, oxycodone 5/325, buprenorphine 8/2, SCAT5 scores and return-to-play
 * steps, QuantiFERON, lead levels, CIWA and COWS scores, tacrolimus troughs, creatinine and eGFR,
 * standing heart rates and 6-minute walks, WIC formula cans and hemoglobin, error codes and app
 * versions, price-match prices and coupon codes, tooth numbers and CDT D6010/D6057, payment plans,
 * lens prescriptions and PD, visual acuity 20/25, feeding rates and tube sizes, TBSA percentages and
 * fluid rates, lifting restrictions and impairment ratings, form numbers I-693 / DWC-1 / C-4, CPT
 * 94664/64483/20610/86480/50360/92015/92526/16020, HCPCS E0570/H0010/B4160, ICD J45.40/G89.4/S83.511A/
 * S06.0X0A/Z62.21/Z11.1/F11.23/T86.10/U09.9/Z34.82/H52.4/R63.3/T31.10/S39.012A, NDC codes, times,
 * prices, counts, room and bed numbers, words that are also given names - peg, lance, grant, patience,
 * max, art, nick, robin, jasmine, cliff, melody, sterling, reed, rocky, misty, dusty, will, mark, may,
 * hope; benigno, severo, dulce, serena, perla, cielo, alba, justo, ángel, armando, mar, amparo,
 * esperanza, rosario - in English and Spanish), and about one in five harder look-alikes named after
 * people or places that are not PHI (eponyms: Osgood-Schlatter, Tommy John, Lachman, Wong-Baker,
 * Parkland formula, Lund and Browder, Mantoux, Chagas, Guillain-Barré, Epley, Apgar, Nissen, Kegel,
 * Hashimoto, Snellen, Crohn, Bell palsy, Achilles, Baker cyst, Heimlich, Papanicolaou, Glasgow,
 * Falopio, Down; brands: Dr Pepper, Dr. Scholl's, Mrs. Dash, Uncle Ben's, Ben & Jerry's, Gerber,
 * Jenny Craig, Doctor Simi, galletas María, salsa Valentina, tortillas Tía Rosa, Vick VapoRub;
 * places in names: Lyme, West Nile, Rocky Mountain spotted fever, Coxsackie, Norwalk, Epsom salt,
 * Brussels sprouts, Mediterranean diet, German measles, Spanish flu, Swiss cheese, Philadelphia cream
 * cheese, agua de Tehuacán, chile poblano, queso Oaxaca, ensaladilla rusa, papa a la huancaína; and
 * institutions: Mayo Clinic, Cruz Roja).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND18_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'asthma ed nurse {first} showed me the spacer thing, can she check my technique again over video', 'pain clinic: {name} is here for the pill count, who do i hand the bottle to',
        '{provider} at sports med cleared me for light jogging, can the athletic trainer get the note', 'foster care health liaison here, placing {name} tonight, need her med list before 9pm',
        'refugee health screening - the interpreter {first} cant come thursday, is there a phone one', 'detox discharge: {name} left AMA this morning, his sponsor {first} is looking for him',
        'transplant pharmacist {first} said draw the tacro level before the morning dose, right?', 'long covid clinic, {name} crashed again after the 6 minute walk, can we cancel PT',
        'WIC referral for {name}, 20 weeks, she needs the prenatal form signed by {provider}', 'telehealth support: grandpa {first} cant find the camera button, can someone call him',
        'price match desk - {first} at the counter said you beat the other store, still true?', 'the implant financing form lists {name} as cosigner, ok if he lives out of state?',
        'feeding clinic: {first} took 4 oz by mouth today!! tell {provider}', 'burn unit family line - this is {relative}, can we visit after the dressing change',
        'workers comp: my nurse case manager {name} wants the restrictions in writing', 'hi, {first} from asthma camp, one of our kids used her rescue inhaler 3 times',
        'ask {first} if the knee brace goes over or under the sleeve', 'tell {provider} thank you, {first} walked out of the burn unit on her own',
        '{first}, {first} and {first} all need TB skin tests for the resettlement agency', "{first}'s caseworker says the placement changes friday, who gets the records",
        'the chaplain, {name}, prayed with us in the burn unit family room', 'RE: {name} - long covid, return to work letter', 'ok so {first} (goes by {first}) is the kid with the G-tube',
        'cc {name} (case manager) and {name} (adjuster) on the work status report', 'pls dont send anything to {relative}, she is off the release now',
        'my sponsor {first} is driving me to the detox follow-up, can he come in', 'sports physical for {name}, 15, soccer and track',
        'who did my eye exam, {provider} or the other one? need it for the vision claim', 'thx!!\n- {first} (asthma mom)', 'warmly,\n{name}\nfoster care health liaison',
        'kidney transplant pharmacy: {name}, transplanted 2 yrs ago, needs the envarsus refill', 'the dentist {provider} quoted two implants but the financing only approved one',
        '{titled} is asking for the pain doc, says the pump refill is due', 'hey its {first}, the one with the pulmonary rehab thing after covid',
        'the concussion doc, first name {first}, never told me her last name', 'PLEASE CALL {name} BACK ABOUT THE PRICE MATCH, SHE WAS CHARGED TWICE',
        'my coach {first} wants to know when i can return to play', 'interpreter needed for {name}, dari or pashto', "is {provider}'s office the one that does the burn scar laser",
        'the vision center tech {first} said frames are covered up to $130', 'signed, {name} (guardian ad litem)', 'lil {first} finally gained weight, feeding clinic you are the best',
        'nurse case mgr {first} + adjuster {first} both want a call today?? which first', 'CAN {first} PICK UP THE TRANSPLANT MEDS, I AM STUCK AT WORK',
        'bringing {relative} and her foster sister {first} to the WIC appt', "{name}'s nebulizer is making a grinding noise", 'Regards, {name} (implant financing applicant)',
      ],
      es: [
        'la enfermera del asma, {first}, me enseñó a usar la cámara espaciadora, me puede volver a revisar?', 'clínica del dolor: vengo con {name} para el conteo de pastillas',
        '{provider} de medicina deportiva dice que ya puedo trotar, el entrenador necesita la nota', 'soy de cuidado de crianza, hoy llega {name} a la casa, qué medicinas toma?',
        'tamizaje de refugiados: la intérprete {first} no puede el jueves', 'dieron de alta de desintoxicación a {name} y se fue sin su receta',
        'la farmacéutica de trasplantes, {first}, dice que el nivel de tacrolimus es antes de la dosis', 'clínica de covid largo: {name} se volvió a caer después de la caminata de 6 minutos',
        'referencia a WIC para {name}, tiene 20 semanas', 'soporte de telemedicina: mi abuelito {first} no encuentra el botón de la cámara',
        'en el mostrador de igualación de precios {first} me dijo que sí aplicaba', 'el financiamiento del implante puso a {name} como aval, está bien?',
        'clínica de alimentación: {first} se tomó 4 onzas hoy!! díganle a {provider}', 'línea de familias de quemados, habla {relative}, podemos pasar después de la curación?',
        'la enfermera gestora de mi caso de compensación, {name}, quiere las restricciones por escrito', '{first}, {first} y {first} necesitan la prueba de tuberculosis para la agencia',
        'la trabajadora social de {first} dice que cambia de hogar el viernes', 'pregúntenle a {first} si la rodillera va arriba o abajo de la manga',
        'mi padrino {first} me va a llevar al seguimiento de desintoxicación, puede entrar conmigo?', 'el capellán {name} rezó con nosotros en la sala de familias de quemados',
        'ASUNTO: {name} - carta para regresar al trabajo', 'gracias!!\n{first} (la mamá del niño asmático)', 'atentamente,\n{name}\nenlace de salud, cuidado de crianza',
        'farmacia de trasplante renal: {name}, trasplantado hace 2 años, necesita su surtido', 'mi entrenador {first} pregunta cuándo puedo volver a jugar',
        'se necesita intérprete para {name}, habla quechua', 'quién me hizo el examen de la vista, {provider} o el otro?', 'hola, soy {first}, la del covid largo, me pueden reagendar?',
        'porfa llamen a {name}, le cobraron dos veces en la farmacia', 'el ñaño {first} ya come por boca, la sonda casi no la usamos',
        'mi comadre {first} me cuida a la guagua mientras voy a la cita de WIC', 'el que me hizo la prueba de conmoción fue {provider}, pero no me dio el papel',
        'mi pana {first} me trae a las terapias de la rodilla, él puede firmar?', 'dígale a {first} que ya tengo los lentes, the frames were covered',
        'hi, soy {first}, my son is the one con la sonda G, can we move la cita?', 'el ajustador {name} no me ha regresado la llamada del accidente de trabajo',
        'los papeles van a nombre de {titled}, la señora de quemados', 'chamo, {first} me dijo que el implante sale en 18 pagos, es verdad?',
        'PUEDE {first} RECOGER LAS MEDICINAS DEL TRASPLANTE? ESTOY EN EL TRABAJO', 'el nebulizador de {name} hace un ruido raro',
      ],
    },
    DATE: {
      en: [
        'asthma action plan review {date}, bring the peak flow log?', 'pain contract renewal due {date}, do i need a urine test too', 'hurt my ankle at practice {date}, still swollen',
        'concussion was {date}, when does the return to play clock start', 'placement date {date}, new foster mom needs the vaccine record',
        'arrived in the US {date}, screening has to be within 90 days right', 'admitted to detox {date}, discharged {date}, need both for my job',
        'transplant was {date}, are the 3 month labs due?', 'tested positive {date} and the symptoms never left', 'LMP {date}, WIC says they need proof of pregnancy',
        'video visit {date} 2pm, the link already expired', 'the price match only lasts till {date}, refill ready before?', 'implant surgery {date}, first payment due a month after?',
        'last eye exam {date}, am i eligible for new glasses yet', 'G-tube placed {date}, when can she swim', 'burned {date}, got transferred here the next morning',
        'date of injury {date}, the employer filed late', 'my dob is {dobRaw} but the pharmacy has {dobRaw}', 'birth date on the refugee paperwork says {dobRaw}, it was really {dobRaw}',
        'brithday {dobRaw}', 'd.o.b {dobRaw}', '{dob} (for the telehealth identity check)', 'flare started around {date}-ish', 'b4 {date} pls, i go back to work after that',
        'can the WIC appt be {date} or {date}?', 'from {date} thru {date} i was on light duty', 'next belatacept infusion {date}??', 'he turned 16 on {date}, does a parent still sign',
        'financing says first autopay hits {date}', 'last dose of librium was {date}',
      ],
      es: [
        'revisión del plan de acción para el asma el {date}, llevo el registro del flujo?', 'el contrato de la clínica del dolor vence el {date}', 'me torcí el tobillo en el entrenamiento el {date}',
        'la conmoción fue el {date}, desde cuándo cuenta el regreso al juego?', 'llegó a la casa de crianza el {date}', 'llegamos al país el {date}, el tamizaje es dentro de 90 días?',
        'entré a desintoxicación el {date} y salí el {date}', 'el trasplante fue el {date}, ya tocan los laboratorios de los 3 meses?', 'di positivo el {date} y sigo igual',
        'tengo atraso desde el {date}, WIC pide constancia de embarazo', 'la videoconsulta del {date} a las 2, el enlace ya no sirve', 'la cirugía del implante es el {date}, el primer pago cuándo?',
        'el último examen de la vista fue el {date}', 'le pusieron la sonda el {date}, ya se puede meter a la alberca?', 'se quemó el {date} y lo trasladaron al otro día',
        'fecha del accidente laboral {date}', 'fecha de naciemiento {dobRaw}', 'en los papeles de refugio dice {dobRaw} pero nací el {dobRaw}', '{dob} (para verificar en la videollamada)',
        'antes del {date} porfa, después regreso a trabajar', 'puede ser el {date} o el {date}?', 'del {date} al {date} estuve con trabajo ligero', 'cumplió 16 el {date}, todavía firma el papá?',
        'el primer cargo automático del financiamiento cae el {date}', 'la igualación de precio vale hasta el {date}',
      ],
    },
    AGE_OVER_89: {
      en: [
        'my great-grandma is {ageRaw}, can she do the telehealth visit from the nursing home tablet', 'at {ageRaw} he wants dental implants, the financing guy laughed',
        'pain clinic patient, {ageRaw}, on the fentanyl patch, family worried', 'she is a spry {ageRaw}, walks a mile every morning, asthma well controlled',
        'our oldest refugee client this year is {ageRaw}', 'grandpa hit {ageRaw} in the burn unit, nurses brought a cake', 'long covid at {ageRaw}?? he was fine before',
        'does the vision plan still cover glasses at {ageRaw}', 'PT {ageRaw} W/ NEW BURNS ON BOTH HANDS FROM THE STOVE', '{ageRaw}, widower, lives alone, needs the video visit set up',
        'my nana is {ageRaw} going on 20 lol', 'resident age {ageRaw}, 2 falls this month', 'client {age90}, needs an interpreter for the screening', 'kidney donor for a {ageRaw} man? is that even allowed',
      ],
      es: [
        'mi bisabuela tiene {ageRaw}, puede hacer la videoconsulta desde la tablet del asilo?', 'a los {ageRaw} quiere implantes, el del financiamiento se rió',
        'paciente de la clínica del dolor, {ageRaw}, con parche de fentanilo', 'la abuela con {ageRaw} camina todas las mañanas', 'el refugiado más grande que atendimos este año tiene {ageRaw}',
        'el abuelo cumplió {ageRaw} en la unidad de quemados, le llevaron pastel', 'covid largo a los {ageRaw}?? estaba bien antes', 'PACIENTE DE {ageRaw} CON QUEMADURAS EN LAS MANOS',
        'mi tata ya pasa de los {ageRaw} y sigue manejando', 'residente de {ageRaw}, se cayó 2 veces este mes', 'a sus {ageRaw} le quieren poner sonda', 'la señora {age90}, necesita intérprete de mixteco',
      ],
    },
    ADDRESS: {
      en: [
        'asthma home visit, the inspector needs to see the mold at {address}', 'ship the nebulizer to {address}, the back unit not the front house', 'foster home changed, new placement address {address}',
        'resettlement agency put the family at {address}, the screening letter should go there', 'sober living is at {address}, can the discharge meds go there',
        'transplant meds courier: {address}, ring twice, dog barks', 'we are at the hotel across from the burn unit, not home in {city}', 'WIC office closest to {zipRaw}?',
        'does sports med have a satellite in {city} open saturdays', 'my job site is in {city}, the comp clinic has to be near there', 'we moved in with my mom in {city} because of the long covid',
        'glasses got mailed to {address}, i dont live there anymore', 'the price match store on {address} or the one in {city}?', 'feeding supplies to {address} - leave by the garage',
        'parking at the dental office on {address} is full, where else', 'he sleeps in the trailer behind the gas station now, {address}', 'no street number, blue house past the church, mail comes to {address}',
        'zip {zipRaw} for the vision plan provider search', '{city}, not {city}, the clinic sent the referral to the wrong town', 'address for the work comp checks: {address}', 'adress update: {address}',
      ],
      es: [
        'la visita del asma es en {address}, ahí está el moho', 'manden el nebulizador a {address}, es la casita de atrás', 'cambió el hogar de crianza, la nueva dirección es {address}',
        'la agencia instaló a la familia en {address}', 'la casa de recuperación está en {address}, pueden mandar ahí la receta?', 'el mensajero de trasplantes: {address}, toquen dos veces',
        'estamos en el hotel frente a la unidad de quemados, no en {city}', 'oficina de WIC más cerca del {zipRaw}?', 'medicina deportiva tiene sucursal en {city}?', 'la obra donde trabajo está en {city}',
        'nos venimos a vivir con mi mamá a {city} por el covid largo', 'las bolsas de alimentación a {address}, déjenlas en la cochera', 'no hay número, es la casa azul pasando la iglesia, el correo llega a {address}',
        '{city}, no {city}, mandaron la referencia al pueblo equivocado', 'dirección para los cheques de compensación: {address}', 'vivimos arriba, en {city}, la guagua no sube hasta allá',
        'los lentes llegaron a {address} y ya no vivo ahí',
      ],
    },
    PHONE: {
      en: [
        'asthma nurse can text my cell {phoneRaw}, school nurse is {phoneRaw}', 'athletic trainer cell {phoneRaw}, she wants the clearance today', 'foster mom {phoneRaw}, bio mom is NOT to be called',
        'interpreter line gave me {phoneRaw}, is that the one for farsi', 'my sponsors number {phoneRaw} is on the detox release', 'transplant coordinator texted me from {phoneRaw}, legit?',
        'call after 11 pls, i sleep late with the long covid, {phoneRaw}', 'WIC reminder texts go to {phoneRaw} not my husband', 'tech support: call the landline {phoneRaw}, the tablet has no sound',
        "burn unit family line, I'm the contact, {phoneRaw}", 'the adjuster left a vm from {phoneRaw}', 'phne {phoneRaw}', 'price match desk call me back {phone}',
      ],
      es: [
        'la enfermera del asma me puede escribir al {phoneRaw}, la de la escuela es {phoneRaw}', 'el entrenador quiere el alta hoy, su cel {phoneRaw}', 'mamá de crianza {phoneRaw}, a la mamá biológica NO la llamen',
        'la línea de intérpretes me dio el {phoneRaw}, es para farsi?', 'el número de mi padrino {phoneRaw} está en la hoja de alta', 'la coordinadora de trasplantes me escribió del {phoneRaw}, es de ustedes?',
        'llámenme después de las 11, con el covid largo duermo mucho, {phoneRaw}', 'los recordatorios de WIC al {phoneRaw}, no al de mi esposo', 'soporte técnico: márquenme al fijo {phoneRaw}, la tablet no suena',
        'soy el contacto de la familia en quemados, {phoneRaw}', 'telefno {phoneRaw}', 'mi ws {phoneRaw}', 'aló, {phone}, me devuelven la llamada?',
      ],
    },
    FAX: {
      en: [
        'faxx the asthma action plan to the school, {faxRaw}', 'return to play clearance goes to the high school fax {faxRaw}', 'foster care agency fax {faxRaw}, attn health unit',
        'the employer wants the work status by fax, {faxRaw}', 'fax over to the WIC office {faxRaw}', 'transplant center e-fax {faxRaw}', '{fax} is the dental lender, send the treatment plan',
        'signed pain agreement, faxing it from the library, their fax is {faxRaw}',
      ],
      es: [
        'manden el plan de acción del asma al fax de la escuela {faxRaw}', 'el alta para volver a jugar va al fax de la prepa {faxRaw}', 'fax de la agencia de crianza {faxRaw}',
        'el patrón quiere el reporte por fax al {faxRaw}', 'facsímil de la oficina de WIC {faxRaw}', 'fax electrónico del centro de trasplantes {faxRaw}', '{fax}, es el de la financiera del implante',
      ],
    },
    EMAIL: {
      en: [
        'send the peak flow chart to {email}', 'foster care liaison email {email}, cc me on every visit note', 'my lawyer for the comp case is {email}', 'video visit invite never came to {email}, resend?',
        'price match receipt to {email} pls', 'the financing contract went to {email} but it wont open', 'emial me the return to play letter, {email}', 'burn unit photo updates for the family, {email}',
        'the long covid survey keeps coming to {email}, stop pls',
      ],
      es: [
        'manden la gráfica del flujo a {email}', 'correo de la enlace de crianza {email}, cópienme las notas', 'la invitación de la videollamada no llegó a {email}', 'el recibo de la igualación de precio a {email} porfa',
        'el contrato del financiamiento llegó a {email} y no abre', 'coreo {email}', 'las fotos de la unidad de quemados para la familia, {email}',
      ],
    },
    URL: {
      en: [
        'the telehealth link {url} says waiting for host forever', 'price match ad is here {url}', 'family update page for the burn unit {url}', 'the asthma video the nurse sent {url} is private?',
        'implant financing application {url} timed out', 'long covid support group {url}', 'return to play form at {url}?',
      ],
      es: [
        'el enlace de la videoconsulta {url} se queda esperando al anfitrión', 'el anuncio del precio está aquí {url}', 'página de avisos de la familia {url}', 'la solicitud del financiamiento {url} se trabó',
        'el grupo de apoyo de covid largo {url}', 'la forma para volver a jugar está en {url}?',
      ],
    },
    IP_ADDRESS: {
      en: [
        'tech support asked for my ip, its {ip}', 'video visit drops every 5 min, router page says {ip}', 'the portal says too many attempts from {ip}',
        'my work laptop {ip} cant open the telehealth page, VPN?', 'weird login from {ip} on my transplant app', 'IP shown on the error: {ip}',
      ],
      es: [
        'soporte técnico pidió mi ip, es {ip}', 'la videollamada se corta, el módem dice {ip}', 'el portal dice demasiados intentos desde {ip}', 'la compu del trabajo {ip} no abre la página de la consulta',
        'entraron a mi app de trasplante desde {ip}',
      ],
    },
    SSN: {
      en: [
        'workers comp form asks my sociall {ssnRaw}', 'the dental lender ran credit with {ssnRaw}, i never said ok', 'refugee cash assistance needs the ssn, it just came: {ssnRaw}',
        'foster kid ssn for the medicaid app {ssnRaw}', 'price match desk asked for my social?? {ssnRaw}, is that normal', 'vision plan enrollment: subscriber ss# {ssnRaw}',
        'no social yet, tax id (itin) {ssnRaw}', "{ssnRaw} - that's for the sliding scale form",
      ],
      es: [
        'la forma de compensación pide el seguro scoial {ssnRaw}', 'la financiera del implante checó el buró con {ssnRaw} sin permiso', 'ya llegó el seguro social del refugiado: {ssnRaw}',
        'el social del niño de crianza para el medicaid {ssnRaw}', 'sin social todavía, ITIN {ssnRaw}', '{ssnRaw} - para la escala de cobro',
      ],
    },
    MRN: {
      en: [
        'burn unit pt # {mrnRaw}, mom asking for an update', 'detox admit # {mrnRaw}', 'pain clinic chart {mrnRaw} - is the agreement on file?', 'medcial record {mrnRaw} for the long covid referral',
        'transplant recipient number {mrnRaw}', 'refugee health screening id {mrnRaw}', 'concussion baseline athlete id {mrnRaw}', 'feeding clinic pt {mrnRaw}, weight check',
        'foster youth health passport # {mrnRaw}', '{mrnRaw} is the number on her bracelet from the burn unit', 'chrat # {mrnRaw}',
      ],
      es: [
        'quemados, paciente número {mrnRaw}, la mamá pregunta', 'número de ingreso a desintoxicación {mrnRaw}', 'expidiente de la clínica del dolor {mrnRaw}', 'número de receptor de trasplante {mrnRaw}',
        'número de registro del tamizaje de refugiados {mrnRaw}', 'id de atleta para la prueba de conmoción {mrnRaw}', 'expediente de la clínica de alimentación {mrnRaw}',
        '{mrnRaw} es el número de la pulsera de quemados', 'historia clinica {mrnRaw} del covid largo',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'vision plan member # {planRaw}, can i use it at the mall store', 'dental plan subscirber id {planRaw}, does it cover implants at all', "medicaid for the foster kid is {planRaw}, not the foster parents' plan",
        'refugee medical assistance {planRaw}, good for 8 months?', 'medicare advantage id {planRaw}, transplant drugs under part b or d?', 'memebr id {planRaw}',
        'marketplace policy {planRaw}, the asthma biologic needs a PA', 'the comp carrier says bill my health plan {planRaw} instead??', 'sports med wants the number off my moms card: {planRaw}',
        'WIC asked for my medicaid {planRaw} as proof', '{planRaw} (front of the card, under the logo)', 'price match vs running it on {planRaw}, which is cheaper', 'long covid rehab denied under {planRaw}, appeal?',
      ],
      es: [
        'número de afiliacion del plan de la vista {planRaw}', 'el medicaid del niño de crianza es {planRaw}', 'asistencia médica para refugiados {planRaw}, dura 8 meses?', 'numro de poliza {planRaw}',
        'el plan dental {planRaw}, cubre implantes?', 'medicare advantage {planRaw}, las medicinas del trasplante van por parte B o D?', 'WIC me pidió el medicaid {planRaw}',
        '{planRaw} (el de enfrente de la tarjeta)', 'la rehabilitación de covid largo la negaron con {planRaw}',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        "implant financing account {acctRaw}, what's my payoff", 'HSA acount {acctRaw}', 'workers comp checks go to checking {acctRaw}', 'burn unit bill, patient acct {acctRaw}',
        'autopay for the glasses from {acctRaw}', 'the price match credit should go back to {acctRaw}', 'refugee cash deposit to {acctRaw}?', '{acctRaw} is the one on the statement',
      ],
      es: [
        'cuenta del financiamiento del implante {acctRaw}, cuánto debo?', 'cuneta de ahorro para salud {acctRaw}', 'los cheques de compensación a la cuenta {acctRaw}',
        'factura de quemados, cuenta del paciente {acctRaw}', 'el crédito de la igualación a {acctRaw}', 'depósito del apoyo para refugiados a {acctRaw}?',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'refugee travel document {licRaw} is my only photo id', 'athletic trainer license {licRaw} on the clearance form', 'foster home license {licRaw}, agency needs it on the consent',
        "learner's permit {licRaw}, can i drive after the concussion", 'pain doc dea {licRaw}, pharmacy says it doesnt match', 'licnese {licRaw}', 'passprot {licRaw}',
        'my state id {licRaw}, lost my wallet in the fire',
      ],
      es: [
        'documento de viaje de refugiado {licRaw}', 'licencia del entrenador {licRaw} en la forma', 'licencia del hogar de crianza {licRaw}', 'lisencia {licRaw}',
        'pasaporte venezolano {licRaw}, vencido pero es lo que tengo', 'permiso de manejo {licRaw}, puedo manejar después de la conmoción?',
      ],
    },
    NPI: {
      en: ['pain doc npi {npiRaw} for the prior auth', 'n.p.i. of the optometrist {npiRaw}', 'transplant nephrologist NPI {npiRaw}', 'ordering npi for the WIC formula form {npiRaw}', 'comp treating doc npi {npiRaw}'],
      es: ['npi del médico del dolor {npiRaw}', 'NPI del optometrista {npiRaw}', 'npi de la nefróloga de trasplantes {npiRaw}', 'npi del médico de compensación {npiRaw}'],
    },
    VEHICLE_ID: {
      en: [
        "left my car in the burn unit garage 3 days, {vehicleRaw}, please don't tow", 'plaet {vehicleRaw}', 'v.i.n. {vehicleRaw} for the comp mileage claim',
        'foster mom drives a silver van {vehicleRaw}, she is approved for pickup', 'parking pass for transplant clinic: {vehicleRaw}', 'the rideshare to detox was {vehicleRaw}, i left my meds in it',
        'athletic trainer golf cart? no, my truck {vehicleRaw} is blocking the field entrance',
      ],
      es: [
        'dejé el carro en el estacionamiento de quemados, {vehicleRaw}', 'la mamá de crianza maneja una van plateada {vehicleRaw}', 'el pase de estacionamiento de trasplantes: {vehicleRaw}',
        'el uber a desintoxicación era {vehicleRaw}, dejé la medicina adentro', 'la troca del trabajo {vehicleRaw} para el reembolso de millaje',
      ],
    },
    DEVICE_ID: {
      en: [
        'nebulizer serail {deviceRaw} stopped misting', 'TENS unit {deviceRaw} from the pain clinic is dead', "spinal cord stimulator remote {deviceRaw} won't pair",
        'feeding pump {deviceRaw} alarms no flow all night', 'loaner pulse ox {deviceRaw} for the long covid study', 'telehealth hotspot {deviceRaw}', 'bone stimulator {deviceRaw} from sports med, how many hours a day',
      ],
      es: [
        'el nebulizador {deviceRaw} ya no saca vapor', 'el TENS {deviceRaw} de la clínica del dolor no prende', 'la bomba de alimentación {deviceRaw} suena toda la noche',
        'oxímetro prestado {deviceRaw} del estudio de covid largo', 'el hotspot de la telemedicina, IMEi {deviceRaw}',
      ],
    },
    CREDIT_CARD: {
      en: [
        'down payment for the implants on {cardRaw}', 'price match difference back to {cardRaw}', 'put the glasses on {cardRaw}, the plan only covered the frames',
        'no copay card, charge my own {cardRaw}', 'burn unit parking fees on {cardRaw}', '{cardRaw} - for the sports physical, $35',
      ],
      es: [
        'el enganche de los implantes con {cardRaw}', 'tarjerta {cardRaw}', 'la diferencia de la igualación a {cardRaw}', 'los lentes con {cardRaw}, el plan solo cubrió el armazón',
        '{cardRaw} - para el examen deportivo, $35', 'cóbrenle a {cardRaw} el estacionamiento de quemados',
      ],
    },
    IBAN: {
      en: [
        'the family abroad wants to pay the bills from {ibanRaw}', 'refund the implant overpayment to {ibanRaw}', 'my comp settlement? bank is back home: {ibanRaw}', 'iban pls: {ibanRaw}',
        'exchange student, sports med refund to {ibanRaw}',
      ],
      es: [
        'la familia en España manda el dinero desde {ibanRaw}', 'el sobrepago del implante a {ibanRaw}', 'reembolso de medicina deportiva a mi cuenta de allá {ibanRaw}', 'iban porfa: {ibanRaw}',
        'mi banco sigue allá en España, {ibanRaw}',
      ],
    },
  },
  idFrames: {
    en: [
      'asthma nurse wants {X} before the home visit', 'for the pill count appt: {X}', 'athletic trainer filled the form, {X}', 'foster care liaison, confirming {X}', 'resettlement caseworker gave me {X}',
      'detox discharge packet has {X}', 'transplant pharmacy needs {X} to run the refill', 'tech support said read them {X}', 'price match desk: {X}', 'financing app step 3 of 5 - {X}',
      'vision plan lookup, {X}', 'comp nurse case manager asked {X}', '{X} (copied off the letter)', 'SENT FROM MY PHONE: {X}', 'uhh {X}? i think',
    ],
    es: [
      'la enfermera del asma quiere {X} antes de la visita', 'para el conteo de pastillas: {X}', 'el entrenador llenó la forma, {X}', 'confirmo {X}, de la agencia de crianza',
      'la trabajadora de reasentamiento me dio {X}', 'en los papeles de alta de desintoxicación viene {X}', 'la farmacia de trasplante necesita {X}', 'soporte técnico me pidió que les leyera {X}',
      'financiamiento, paso 3 de 5 - {X}', 'la gestora de compensación me pidió {X}', '{X} (lo copié de la carta)', 'ENVIADO DESDE MI CEL: {X}', 'ehh {X}? creo',
    ],
  },
  mixed: {
    en: [
      'asthma home visit: {name}, {dob}, {address}, mom cell {phoneRaw}', 'pain clinic: {name} {mrn}, pill count {date}, pharmacy fax {faxRaw}',
      'sports med: {name} {dobRaw}, concussion {date}, trainer {first} {phoneRaw}', 'foster placement {name}, {dob}, medicaid {planRaw}, foster mom {name} {phoneRaw}',
      'refugee screening {name}, arrived {date}, travel doc {licRaw}, staying at {address}', 'detox discharge {name}, sponsor {first} {phoneRaw}, sober house {address}',
      'transplant rx: {name}, recipient number {mrnRaw}, {plan}, courier to {address}', 'long covid: {name} ({ageRaw}), {email}, {provider} {npi}',
      'WIC referral {name}, due {date}, {plan}, email {email}', 'tech support ticket for {name}: {ip}, hotspot {deviceRaw}', 'price match for {name}, card {cardRaw}, receipt to {email}',
      'implant financing: {name}, {ssn}, acct {acctRaw}, {address}', 'vision claim: {name}, {plan}, exam {date} by {provider}', 'feeding clinic {name} {mrn}, pump {deviceRaw}, ship to {address}',
      'burn unit: {name}, admitted {date}, contact {relative} {phoneRaw}', 'comp claim {name}, injured {date}, {lic}, car {vehicleRaw}, checks to {acctRaw}',
    ],
    es: [
      'visita de asma: {name}, {dob}, {address}, cel de la mamá {phoneRaw}', 'clínica del dolor: {name} {mrn}, conteo el {date}, fax de farmacia {faxRaw}',
      'medicina deportiva: {name} {dobRaw}, golpe el {date}, entrenador {first} {phoneRaw}', 'colocación de crianza {name}, {dob}, medicaid {planRaw}, mamá de crianza {name} {phoneRaw}',
      'tamizaje de refugiados {name}, llegó el {date}, documento de viaje {licRaw}, vive en {address}', 'alta de desintoxicación {name}, padrino {first} {phoneRaw}, casa de recuperación en {address}',
      'trasplante: {name}, receptor {mrnRaw}, {plan}, enviar a {address}', 'covid largo: {name} ({ageRaw}), {email}, {provider} {npi}', 'WIC: {name}, fecha de parto {date}, {plan}, correo {email}',
      'financiamiento: {name}, {ssn}, cuenta {acctRaw}, {address}', 'lentes: {name}, {plan}, examen el {date} con {provider}', 'quemados: {name}, ingresó el {date}, contacto {relative} {phoneRaw}',
      'hola, soy {name}, the tablet for telehealth dice {ip} y no conecta', 'compensación: {name}, accidente el {date}, cheques a {acctRaw}, {iban}',
    ],
  },
  negatives: {
    en: [
      // asthma education
      ['dose', 'albuterol 90 mcg, 2 puffs every 4 hours or 4 puffs?'], ['dose', 'flovent 110 two puffs bid, rinse after?'], ['dose', 'prednisone burst 40 mg x 5 days, no taper?'],
      ['lab', 'peak flow 320, my best is 410, yellow zone?'], ['lab', 'FeNO 45 ppb, is that high'], ['score', 'ACT score 17, not well controlled?'], ['vitals', 'sats 93% on room air after the stairs'],
      ['cpt', '94664 inhaler teaching billed twice'], ['icd', 'J45.40 moderate persistent, why not mild'], ['hcpcs', 'E0570 nebulizer, rent or buy'], ['word', 'spacer with mask or mouthpiece for a 3 yr old'],
      ['time', 'controller at 8am and 8pm ok?'], ['word', 'reed diffuser triggering my asthma?'], ['word', 'dusty job site making my cough worse'],
      // pain clinic
      ['dose', 'oxycodone 5/325 every 6 hours as needed'], ['dose', 'MME 90 is the limit?'], ['count', 'pill count: 56 of 60, i dropped 2 down the sink'], ['dose', 'gabapentin 300 mg tid, can i go up'],
      ['dose', 'suboxone 8/2 film, half in the morning'], ['pain', 'pain 7/10 today, 4/10 with the ice'], ['cpt', '64483 epidural, prior auth needed?'], ['cpt', '20610 knee injection, how often'],
      ['icd', 'G89.4 on my chart, what does it mean'], ['word', 'urine drug screen positive for what? i only take what is prescribed'], ['word', 'random callback for a pill count while i was at work'],
      ['word', 'patience is running out with this pain'], ['word', 'max dose of tylenol per day?'],
      // sports medicine
      ['score', 'SCAT5 symptom score 22 yesterday, 9 today'], ['step', 'return to play step 4 of 6, no contact yet'], ['icd', 'S83.511A acl sprain right knee'], ['icd', 'S06.0X0A concussion, no LOC'],
      ['dose', 'ibuprofen 600 mg with food after practice'], ['count', 'ran 3 miles and the knee swelled'], ['weekday', 'can i play in the game {weekday} or sit out'], ['time', 'practice at 3:30, appt at 4?'],
      ['room', 'exam room 4B or the rehab gym?'], ['word', 'rocky road ice cream after the scope, allowed?'],
      // foster care
      ['word', 'does the foster parent or the caseworker sign the consent'], ['count', '4 placements in one year, the records are a mess'], ['icd', 'Z62.21 child in welfare custody on the claim'],
      ['time', 'court at 9, can the visit be after 1pm'], ['agelow', 'she is {agelow}, does she need her own consent for the shot'],
      // refugee screening
      ['lab', 'QuantiFERON indeterminate, redo?'], ['lab', 'hep B surface antibody 8, booster?'], ['lab', 'lead 5.2 mcg/dL in the 3 year old'], ['count', 'family of 7, all need screening'],
      ['duration', 'within 90 days of arrival, right?'], ['form', 'I-693 medical exam, can you do it'], ['cpt', '86480 tb gold billed'], ['icd', 'Z11.1 screening for TB'], ['word', 'interpreter in dari please, not farsi'],
      // detox
      ['score', 'CIWA 14, do they give librium'], ['score', 'COWS 9 at discharge'], ['dose', 'librium 25 mg taper over 5 days'], ['dose', 'naloxone 4 mg nasal spray, 2 in the box'],
      ['duration', '28 day residential after detox?'], ['icd', 'F11.23 withdrawal on the discharge papers'], ['hcpcs', 'H0010 billed to my plan'], ['time', 'visiting hours 6-8pm on the unit'],
      ['word', 'may i take the bus alone after detox'],
      // kidney transplant pharmacy
      ['dose', 'tacrolimus 2 mg bid, 12 hours apart'], ['lab', 'tacro trough 8.4, target 6-8?'], ['lab', 'creatinine 1.6, up from 1.3'], ['lab', 'eGFR 52 after the transplant, ok?'],
      ['dose', 'mycophenolate 720 mg twice a day'], ['price', 'envarsus is $1,900 a month without coverage'], ['cpt', '50360 on the transplant bill'], ['icd', 'T86.10 is a rejection code?? am i rejecting'],
      ['count', '12 pills in the morning alone'], ['word', 'jasmine rice or brown rice for the kidney diet'], ['word', 'mark the pill bottle or the log?'],
      // long covid
      ['vitals', 'heart rate 128 standing, 84 lying down'], ['vitals', '6 minute walk 380 m'], ['icd', 'U09.9 post covid condition'], ['duration', 'sick for 14 months now'],
      ['dose', 'low dose naltrexone 4.5 mg?'], ['word', 'PEM after 20 min of chores, pacing isnt working'], ['word', 'my energy falls off a cliff at 3pm'], ['word', 'misty eyes and brain fog all day'],
      // WIC / prenatal
      ['lab', 'hemoglobin 10.9 at the WIC check, iron?'], ['count', '9 cans of formula a month is all WIC gives?'], ['dose', 'prenatal vitamin with 27 mg iron'], ['week', '24 weeks 3 days, glucose test next'],
      ['lab', '1 hour glucose 142, did i fail'], ['price', 'WIC cash value benefit $26 for fruits'], ['icd', 'Z34.82 on the WIC form'], ['word', 'we got a grant for the car seat through WIC'],
      // telehealth tech support
      ['version', 'app {version} shows a black screen'], ['word', 'camera permission is on, still nothing'], ['code', 'error code 0x80070005 on the video visit'], ['time', 'visit at 2:15 and the host never joined'],
      ['count', 'tried 5 times, same error'], ['word', 'clearing the cache didnt help'], ['ticket', 'tech support {ticket} closed without a fix'],
      // price match
      ['price', 'other store has it for $4 for 30 tabs'], ['price', '90 day supply $12 vs $9.99'], ['ndc', 'generic {ndc} cheaper than brand?'], ['word', 'do you price match mail order or only local'],
      ['coupon', 'coupon code SAVE20 wont apply'], ['price', 'they quoted {price}, you charged more'],
      // dental implant financing
      ['tooth', 'tooth #19 implant and #30 crown'], ['cdt', 'D6010 implant body, D6057 abutment'], ['price', '$3,800 per implant, 18 months 0% APR'], ['count', '24 payments of $158'],
      ['price', 'down payment {price} then monthly?'], ['invoice', 'dental {invoice} shows the bone graft twice'],
      // vision plan
      ['rx', 'OD -2.25 OS -2.75, astigmatism 0.75'], ['rx', 'PD 63, is that normal'], ['ratio', '20/25 with the new glasses'], ['price', 'frame allowance $150, lens copay $10'],
      ['cpt', '92015 refraction not covered?'], ['icd', 'H52.4 presbyopia already?'], ['duration', 'new glasses every 24 months'], ['order', 'glasses {order} stuck at the lab'],
      // pediatric feeding clinic
      ['dose', '60 mL/hr over 4 hours, then a break'], ['dose', 'formula at 30 kcal/oz'], ['device', '14 Fr 1.5 cm button, which extension set'], ['hcpcs', 'B4160 formula covered?'],
      ['cpt', '92526 feeding therapy 2x a week'], ['icd', 'R63.3 feeding difficulties on the referral'], ['vitals', 'weight 9.4 kg, up 120 g'], ['word', 'peg tube or button, which one is easier to clean'],
      ['word', 'the melody on the feeding pump alarm drives me nuts'], ['tracking', 'formula {tracking} says delivered, nothing here'],
      // burn unit
      ['vitals', '18% TBSA, second degree'], ['icd', 'T31.10 on the burn claim'], ['dose', 'fluids at 250 mL/h overnight'], ['room', 'burn ICU bed 6, can we bring a tablet'],
      ['time', 'dressing change at 10, visit at 11?'], ['duration', 'compression garments 23 hours a day for a year'], ['cpt', '16020 dressing charges every day'], ['word', 'they had to lance the blister on his hand'],
      ['word', 'got a nick shaving near the graft'], ['word', 'sterling silver earrings ok on the unit?'], ['word', 'art therapy on the burn unit is on {weekday}'],
      // workers comp
      ['restriction', 'lift no more than 20 lb, no ladders'], ['rating', 'impairment rating 8%, is that low'], ['form', 'DWC-1 or C-4, which form'], ['icd', 'S39.012A low back strain'],
      ['duration', 'light duty for 6 weeks'], ['time', 'my shift starts at 5am'], ['price', 'mileage at 67 cents a mile'], ['confirmation', 'comp portal gave me {confirmation}'],
      // general look-alikes
      ['bp', '{bp} after the stairs'], ['year', 'asthmatic since {year}'], ['agelow', 'my son is {agelow}, is the concussion test different'], ['planname', '{planname} covers implants?'],
      ['state', 'we moved from {state}, does WIC transfer'], ['lab', '{lab} at the transplant clinic'], ['cpt', '{cpt} on the long covid bill?'], ['icd', '{icd} on the comp claim, wrong body part'],
      ['word', 'robin egg blue pills, are those the generic'], ['word', 'will do, thanks'], ['word', 'hope the refill goes thru today'], ['word', 'ok perfect 👍'], ['word', 'is anyone on the chat right now'],
      // harder: named after people or places, not PHI
      ['eponym', 'is Osgood-Schlatter why his knees hurt after practice'], ['eponym', 'Tommy John surgery for a 16 yr old pitcher, is that overkill'], ['eponym', 'Lachman test was positive, ACL for sure?'],
      ['eponym', "the Wong-Baker faces chart doesn't fit my pain"], ['eponym', 'burn unit used the Parkland formula, 4 mL per kg, is that a lot'], ['eponym', 'what is a Lund and Browder chart'],
      ['eponym', 'Mantoux or the blood test for the TB screening?'], ['eponym', 'do they screen refugees for Chagas'], ['eponym', 'Guillain-Barre after covid, is that a thing'],
      ['eponym', 'the Epley maneuver fixed my dizziness for a day'], ['eponym', 'Apgar was 8 and 9, good right?'], ['eponym', 'Nissen fundoplication with the G-tube, common?'],
      ['eponym', 'Kegels during pregnancy, how many a day'], ['eponym', 'Hashimoto or just low thyroid?'], ['eponym', 'Snellen chart at school said 20/40'], ['eponym', "is Crohn's a reason for a feeding tube"],
      ['eponym', "Bell's palsy after the booster??"], ['eponym', 'Achilles tendon tight after the boot came off'], ['eponym', "Baker's cyst behind my knee, drain it?"], ['eponym', 'Heimlich on a baby vs an adult'],
      ['brand', 'can i have Dr Pepper on the low potassium diet after the transplant'], ['brand', "Dr. Scholl's inserts or real orthotics for plantar fasciitis"], ['brand', 'Mrs. Dash instead of salt, ok with tacrolimus?'],
      ['brand', "Uncle Ben's rice for the texture trial?"], ['brand', "Ben & Jerry's shake for extra calories on the burn unit?"], ['brand', 'Gerber puffs for the chewing practice'], ['brand', 'is Jenny Craig covered by the plan'],
      ['place', 'Lyme disease test negative, still sore'], ['place', 'is West Nile a risk if i do outdoor rehab'], ['place', 'Rocky Mountain spotted fever vs a lyme rash'],
      ['place', 'Coxsackie going around the daycare'], ['place', 'norwalk virus at the sober house, whole floor sick'], ['place', 'epsom salt soak for the healed burn? or no'],
      ['place', 'brussels sprouts and my blood thinner'], ['place', 'mediterranean diet for long covid, legit?'], ['place', 'german measles shot before the next pregnancy?'],
      ['place', 'grandma says long covid is like the spanish flu'], ['place', 'swiss cheese has phosphorus, bad for the kidney?'], ['place', 'philadelphia cream cheese on the feeding menu?'],
      ['institution', 'is the Mayo Clinic long covid protocol the same as yours'],
    ],
    es: [
      // asma
      ['dose', 'salbutamol 2 disparos cada 4 horas o 4 disparos?'], ['dose', 'prednisona 40 mg por 5 días, sin bajarle?'], ['lab', 'flujo pico 320, mi mejor es 410, zona amarilla?'],
      ['score', 'puntaje ACT 17, mal controlado?'], ['vitals', 'saturación 93% después de las escaleras'], ['icd', 'J45.40 persistente moderada, por qué no leve'], ['word', 'cámara espaciadora con mascarilla para un niño de 3 años'],
      // dolor
      ['dose', 'oxicodona 5/325 cada 6 horas si hace falta'], ['count', 'conteo: 56 de 60, se me cayeron 2 al lavabo'], ['dose', 'gabapentina 300 mg tres veces al día'], ['pain', 'dolor 7/10 hoy, 4/10 con hielo'],
      ['cpt', '64483 la epidural necesita autorización?'], ['icd', 'G89.4 en mi expediente, qué significa'], ['word', 'el dolor es severo en las noches'], ['word', 'me llamaron para conteo de pastillas y estaba trabajando'],
      // deportiva
      ['score', 'puntaje SCAT5 de 22 ayer y 9 hoy'], ['step', 'regreso al juego paso 4 de 6, sin contacto'], ['icd', 'S83.511A esguince del ligamento'], ['dose', 'ibuprofeno 600 mg con comida después del entrenamiento'],
      ['weekday', 'puedo jugar el partido del {weekday}?'], ['time', 'entreno a las 15:30, la cita a las 16:00?'], ['word', 'justo hoy se me acabó el inhalador'],
      // crianza / refugiados
      ['word', 'quién firma el consentimiento, la mamá de crianza o la trabajadora social?'], ['icd', 'Z62.21 en el reclamo'], ['lab', 'QuantiFERON indeterminado, se repite?'],
      ['lab', 'plomo 5.2 mcg/dL en el de 3 años'], ['count', 'somos 7 en la familia, todos necesitamos tamizaje'], ['form', 'el examen médico I-693, ustedes lo hacen?'], ['icd', 'Z11.1 tamizaje de TB'],
      ['word', 'intérprete de quechua o aymara, por favor'],
      // desintoxicación
      ['score', 'CIWA 14, dan librium?'], ['score', 'COWS 9 al alta'], ['dose', 'naloxona 4 mg en spray nasal, vienen 2'], ['duration', '28 días de internamiento después?'],
      ['icd', 'F11.23 en los papeles de alta'], ['time', 'la visita es de 18:00 a 20:00'], ['word', 'mi hijo es un ángel, ya lleva 30 días limpio'],
      // trasplante
      ['dose', 'tacrolimus 2 mg cada 12 horas'], ['lab', 'nivel de tacrolimus 8.4, la meta es 6-8?'], ['lab', 'creatinina 1.6, subió de 1.3'], ['lab', 'filtrado 52 después del trasplante'],
      ['price', 'el envarsus cuesta $1,900 al mes sin seguro'], ['count', '12 pastillas solo en la mañana'], ['word', 'estoy armando el pastillero de la semana'], ['word', 'la sal de mar también tiene sodio?'],
      ['word', 'me levanto al alba para la medicina del trasplante'],
      // covid largo
      ['vitals', 'pulso 128 parado y 84 acostado'], ['vitals', 'caminata de 6 minutos, 380 m'], ['icd', 'U09.9 condición post covid'], ['duration', 'llevo 14 meses así'], ['word', 'el cielo nublado y yo sin energía, otra vez'],
      // WIC
      ['lab', 'hemoglobina 10.9 en WIC, hierro?'], ['count', 'solo dan 9 latas de fórmula al mes?'], ['week', '24 semanas y 3 días, sigue la prueba de glucosa'], ['price', 'el beneficio de frutas es de $26'],
      ['word', 'algo dulce para subirle las calorías a la niña?'],
      // telemedicina / precios
      ['version', 'la app {version} sale en negro'], ['code', 'código de error 0x80070005 en la videoconsulta'], ['count', 'lo intenté 5 veces'], ['ticket', 'soporte cerró el {ticket} sin arreglarlo'],
      ['price', 'en la otra farmacia sale en $4 por 30 pastillas'], ['price', 'surtido de 90 días $12 contra $9.99'], ['ndc', 'el genérico {ndc} es más barato?'], ['coupon', 'el cupón AHORRA20 no aplica'],
      // implante / vista
      ['tooth', 'implante en la pieza 19 y corona en la 30'], ['cdt', 'D6010 el implante y D6057 el pilar'], ['price', '$3,800 por implante, 18 meses sin intereses'], ['count', '24 pagos de $158'],
      ['rx', 'OD -2.25 OI -2.75, astigmatismo 0.75'], ['rx', 'distancia pupilar 63'], ['ratio', 'veo 20/25 con los lentes nuevos'], ['price', 'el armazón cubre hasta $150'],
      ['word', 'la niña está más serena con los lentes nuevos'],
      // alimentación / quemados / compensación
      ['dose', '60 mL por hora durante 4 horas'], ['dose', 'fórmula a 30 kcal por onza'], ['device', 'botón de 14 Fr y 1.5 cm, qué extensión uso'], ['vitals', 'pesa 9.4 kg, subió 120 g'],
      ['icd', 'R63.3 dificultad para alimentarse en la referencia'], ['vitals', '18% de superficie corporal, segundo grado'], ['dose', 'suero a 250 mL por hora en la noche'], ['room', 'cama 6 de la UCI de quemados'],
      ['word', 'una perla de crema en cada quemadura o más?'], ['duration', 'prendas de compresión 23 horas al día por un año'], ['restriction', 'no cargar más de 20 libras'],
      ['rating', 'calificación de incapacidad de 8%, es poco?'], ['duration', 'trabajo ligero por 6 semanas'], ['price', 'el millaje a 67 centavos la milla'], ['word', 'gracias a dios la biopsia salió benigno'],
      // generales
      ['bp', '{bp} después de las escaleras'], ['year', 'asmática desde {year}'], ['agelow', 'mi hijo tiene {agelow} años, la prueba de conmoción es igual?'], ['planname', 'el {planname} cubre implantes?'],
      ['state', 'nos mudamos de {state}, se pasa el WIC?'], ['order', 'el {order} de los lentes no llega'], ['invoice', 'la {invoice} del implante tiene el injerto dos veces'], ['tracking', 'la fórmula {tracking} dice entregado'],
      ['word', 'hay amparo para que me den la medicina?'], ['word', 'tengo esperanza de volver a jugar este año'], ['word', 'vamos a rezar el rosario en la sala de quemados'], ['word', 'dale, gracias'], ['word', 'aló? hay alguien?'],
      // más difíciles: nombres de personas o lugares que no son PHI
      ['eponym', 'la maniobra de Heimlich en bebés es distinta?'], ['eponym', 'hacen prueba de Chagas a los refugiados?'], ['eponym', 'el Papanicolaou cada cuánto durante el embarazo?'],
      ['eponym', 'la fórmula de Parkland, cuánto suero es eso'], ['eponym', 'la prueba de Mantoux salió de 12 mm'], ['eponym', 'Guillain-Barré después del covid?'], ['eponym', 'escala de Glasgow 15 al llegar'],
      ['eponym', 'enfermedad de Osgood-Schlatter en las rodillas del niño'], ['eponym', 'la carita de Wong-Baker no sirve para mi dolor'], ['eponym', 'tendón de Aquiles inflamado después de correr'],
      ['eponym', 'trompas de Falopio, me las ligan después del parto?'], ['eponym', 'los bebés con síndrome de Down batallan más para comer?'],
      ['brand', 'el Doctor Simi vende el tacrolimus más barato?'], ['brand', 'galletas María para la prueba de masticar?'], ['brand', 'salsa Valentina con la dieta baja en sodio, ni modo verdad'],
      ['brand', 'tortillas Tía Rosa tienen mucho sodio?'], ['brand', 'Vick VapoRub en el pecho sirve para el asma?'],
      ['place', 'agua de Tehuacán para la dieta del riñón?'], ['place', 'el chile poblano me da reflujo'], ['place', 'queso Oaxaca tiene mucho fósforo?'], ['place', 'ensaladilla rusa con el trasplante?'],
      ['place', 'papa a la huancaína es muy salada para el riñón'], ['place', 'la gripe española fue peor que el covid largo?'], ['place', 'enfermedad de Lyme por garrapata, hay por aquí?'],
      ['institution', 'la Cruz Roja da clases de primeros auxilios para papás?'], ['institution', 'el protocolo de la Clínica Mayo para covid largo'],
    ],
  },
  tails: {
    en: [' (pill count 56 of 60)', ', peak flow 320 btw', ' - tacro trough 8.4', ' fyi 18% TBSA', ', frame allowance $150', ' ({cpt})', ' around {time}', ', 24 payments of $158', ' - CIWA 14 at discharge', ' (step 4 of 6)'],
    es: [' (conteo 56 de 60)', ', flujo pico 320', ' - nivel de tacrolimus 8.4', ' por cierto 18% de superficie', ', el armazón cubre $150', ' ({cpt})', ' como a las {time}', ', 24 pagos de $158', ' (paso 4 de 6)'],
  },
  greetings: {
    en: ['Hiya, ', 'Morning all - ', 'Hey, quick question, ', 'Sorry for the late msg, ', 'Hello?? ', 'Greetings, '],
    es: ['Buenas buenas, ', 'Qué más, ', 'Saludos, ', 'Hola, disculpe, ', 'Aló, ', 'Buen día a todos, '],
  },
};
