/**
 * An eleventh, independent set of phrasings for the generator ("blind10"), written blind on
 * 2026-11-28 as the fourth session's final validation set: its author read eval/ (generator, values,
 * score, run, holdout, blind2 … blind8; NOT eval/blind9.ts, which another writer was producing at the
 * same time), section 4 of DESIGN.md and the first 40 lines of docs/evaluation.md, but nothing under
 * src/, test/, bench/ or scripts/, nothing else of docs/, no git history, log or diffs, and the engine
 * was not run on it in any form (the set was only loaded and generated, to check that it works).
 * It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind8.ts: new situations
 * (a health insurer's member-services chat - claims, EOBs, appeals, coordination of benefits, adding
 * dependents, premiums - a retail pharmacy chat - transfers, refills, drive-thru, vaccines, price
 * checks - a hospital billing office with guarantors and charity care, a telehealth virtual waiting
 * room, a home-health agency scheduling nurses, mental-health counselling intake and EAP sessions, a
 * pediatric clinic where parents write about several children at once, a dental office, an eye clinic
 * and optometry shop - glasses, contacts, dilation - a lab draw station, medical records release
 * (ROI) requests by executors and attorneys, a clinical trial coordinator, a workers' compensation
 * case manager, a Spanish-speaking family navigating a US hospital in Spanglish, elderly callers
 * typing in all caps, teens typing in lower case with abbreviations), new cue words for ids ("the
 * long number on my card", "primary … secondary …" for coordination of benefits, "subscriber on the
 * appeal", "vision benefits under", "hospital number on the bill", "client #", "subject id",
 * "requisition corner", "agency client id", "dental record no", "eye clinic patient #", "guarantor
 * acct", "HSA account", "stipend deposit", "comp carrier paid the wrong account", "rendering
 * provider", "billing npi", "optometrist license", "id i used at the draw station", "curbside pickup
 * suv", "company truck", "loaner tablet", "trial ecg patch", "TENS unit", "número largo de la
 * tarjeta", "número de cliente", "folio del hospital", "cuenta del garante", "cuenta HSA"), the same
 * kind of words where they are NOT PHI (EOB remark codes CO-97 / PR-1 / CO-45, trial registry
 * numbers, "visit 3 of 9", "cohort 2, arm B", lens lots and vaccine lots, draw station and window
 * numbers, pharmacy aisle, operatory numbers), names in every position and case (message start,
 * after verbs and prepositions, lists of children, parentheses, possessives "{first}'s", sign-offs on
 * the next line, "cc", hyphenated first names, nicknames next to legal names, all-caps context,
 * lower-case teen chat, "dr"/"dra" without a dot), typos in cue words ("subscirber", "seguro socal",
 * "fecha de nacimeinto", "benefciario"), ages over 89 after new cue words ("member is …", "as of
 * saturday", "died at …", "…, hard stick", "trial cuts off at 85 but dad is …", all caps), dates after
 * new cue words (date of service, appeal deadline, mailed, secondary started, last filled, dose #1,
 * statement dated, start of care, recert, contacts expire, fasting draw, records from … through …,
 * randomization, injured at work, full duty), addresses in new situations (EOB mailing, pharmacy
 * transfer, nurse visit with a gate, glasses and study drug shipping, employer and accident site, the
 * family staying near the ICU; the values themselves come from the generator's slots), phones and
 * faxes with new cue words (member services callback, drive-thru text, nurse must call before coming,
 * private voicemail for counselling, attorney fax, coach fax, comp carrier fax), emails and urls
 * inside sentences, run-ons, Spanglish, several identifiers per message, ids without the obvious
 * keyword, and negatives that look like PHI (CPT 92004/92014/92015/90791/90834/90832/99442/99203/
 * 90715/90750/90677/36415/85025/80061, CDT D1110/D4341/D2391/D0274/D7140, HCPCS V2020/V2500/G2012/
 * G0008/A4253, ICD H52.4/Z01.00/F43.23/Z23/K02.9/S61.411A/M54.50/Z00.6, CARC codes, NDC codes, lot
 * numbers, NCT numbers, lens prescriptions OD/OS -2.25 -0.50 x 180, PD 63, base curve 8.6, IOP,
 * 20/25, add +1.75, tooth #30, vitamin D 18 ng/mL, PSA 4.2, eGFR 58, deductibles, allowances,
 * GoodRx prices, 90-day supplies, EAP session counts, light-duty weight limits, times, counts, room,
 * window, chair and operatory numbers, order/ticket/tracking/invoice/confirmation numbers, drug brands
 * that look like given names - celexa, brilinta, evista, cryselle, lutera, levora, nylia, philith,
 * kelnor, estarylla, isibloom, aurovela, blisovi, enskyce, emoquette, velivet, caziant, falmina,
 * orsythia, camrese, amethyst, simpesse, rivelsa, jaimiess, norlyda, incassia, deblitane, tydemy,
 * kurvelo, claritin, xiidra, lotemax, alrex, peridex - things named after places - newport, salem and
 * marlboro cigarettes, toyota tacoma, hyundai tucson, chevy malibu, dodge durango, swedish meatballs,
 * belgian waffles, bologna, hamburger, frankfurter, parmesan, cheddar, gouda, edam, brie, camembert,
 * champagne, cardigan, denim, tuxedo, st louis ribs, kansas city strip, nashville hot chicken, coney
 * island hot dogs, santa fe salad, napa cabbage, bikini, turrón de alicante, mazapán de toledo,
 * chorizo de pamplona, queso de burgos, cerveza tecate, pulpo a la gallega, carne a la tampiqueña,
 * pollo a la veracruzana - months and weekdays used as words - "may", "march", june bugs, fat
 * tuesday, ash wednesday, super bowl sunday, sunday school, good friday, "hacer su agosto", "la mayo",
 * viernes santo, miércoles de ceniza, domingo de ramos - and words that are given names: max, angel,
 * carol, misty, dusty, rocky, cliff, robin, violet, cherry, candy, teddy, mason, cole, herb, winter,
 * charity, earnest, hunter, chuck, bud, lane, patty, skip, mike, tad, kitty, ace, destiny, harmony;
 * linda, gloria, ángel, jesús, pastor, santo, mar, bonita, feliz, rey, marina, serena, flor,
 * fortuna, santa, rosas, valentina (salsa), marías (galletas), césar (ensalada), lala (leche),
 * abuelita (chocolate)).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND10_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'member services, I am writing on behalf of {relative}, the EOB went to the wrong house', 'the claim shows {name} as the subscirber but that is my ex',
        'how do I add {first} as a dependent? she came home from the hospital last week', 'coordination of benefits question: my wife {first} has her own plan through work',
        'the appeal letter was signed off by {provider}, do you need anything else from us', 'pharmacist {first} told me the transfer from the other store went through',
        'is the flu shot for {name} ready or do we just walk in', 'that refill is under {name}, not me, we share a last name',
        'billing office: who is {name}? that guarantor is not me', 'sitting in the virtual waiting room for {provider}, 20 min now',
        'video froze and {provider} dropped off, is she calling back?', 'home health: can {first} take the tuesday visit instead of the new nurse',
        'the agency sent {name} for the dressing change but we asked for {first}', 'counselling intake, client is {name}, self-referred through the EAP',
        'I would rather see a male therapist, not {provider}, no offense to her', 'peds: {first}, {first} and {first} all need school forms, can we do one visit',
        "{first}'s twin {first} has the same rash now", 'dental: {name} cracked a molar on a popcorn kernel, any openings today',
        'hygienist {first} was great, book my next cleaning with her', 'are {provider} and {provider} both taking new patients at the eye clinic',
        'are the glasses ready for pickup under {titled}?', 'phlebotomist {first} got it on the first try, please tell her manager',
        'ROI: please release the records of {name} to attorney {name}', 'records for my late father {name}, I am the executor of the estate',
        'study coordinator {first} said visit 3 can be done remotely', 'did the principal investigator, {provider}, countersign my consent?',
        'workers comp: adjuster {name} has not returned one call', 'case manager {first} wants the light duty note from {provider}',
        'MY GRANDSON {name} SET UP THIS CHAT FOR ME BECAUSE I CANT HEAR THE PHONE', 'THIS IS {titled} AND I NEED MY WATER PILLS',
        'yo its {first} lol my mom said to msg u abt my appt', 'can u tell dr {name} i cant make it, got practice', 'idk if {first} told u but im out of my inhaler',
        'nvm {first} said its fine', 'cc {name} and {name} on the appeal decision please', 'regards,\n{name}\nlegal guardian',
        '- {first} (mom of three, sorry for all the messages)', 'our counsellor ({provider}) is on leave, who is covering?',
        'send the hospital bill to {name}, he is the responsible party now', '{name}, {name} and {name} are on the family plan, please drop the last one',
        "{first}'s retainer snapped, do we go to the ortho or a general dentist", "was it {first} who did {relative}'s eye exam?",
        'her name is hyphenated, {first}-{first}, and the pharmacy label keeps cutting half off', 'everyone calls him {first} but the legal name is {name}',
        'after the session with {provider} I want to switch to {provider}', '{name} withdrew consent from the trial, please stop the visit reminders',
        'the billing rep on the phone, {first}, promised a callback', 'shoutout to {first} at the drive-thru window for saving my night',
        'is {name} still the attending on 6 west? we got a different name on the bill', 'both kids, {name} and {first}, need the tdap before camp',
      ],
      es: [
        'servicio a miembros: escribo de parte de {relative}, la explicación de benefcios llegó a otra casa', 'en el reclamo sale {name} como titular y yo no soy',
        'quiero agregar a {first} como dependiente, es recién nacida', 'mi esposo {first} tiene otro seguro del trabajo, cuál paga primero?',
        'la farmacéutica {first} dice que la transferencia ya quedó', '¿la vacuna de la influenza para {name} se puede sin cita?',
        'oficina de cobros: quién es {name}? yo no soy el garante', 'estoy en la sala de espera virtual de {provider} y no entra nadie',
        'la agencia mandó a {name} y nosotros pedimos a {first}', 'entrevista inicial de terapia para {name}, viene por su cuenta',
        'prefiero una terapeuta mujer, no {provider}', 'pediatría: {first}, {first} y {first} necesitan la constancia para la escuela',
        'a {first} se le cayó la corona, hay espacio hoy con {provider}?', 'la higienista {first} fue muy linda, quiero la próxima limpieza con ella',
        '¿ya están los lentes de {titled}?', 'la muchacha de la toma de muestras, {first}, me picó tres veces',
        'autorizo entregar el expediente de {name} a su abogado, {name}', 'soy albacea de mi papá {name}, qué necesito para pedir sus récords',
        'la coordinadora del estudio, {first}, dijo que la visita 3 es por video', 'el ajustador de compensación laboral, {name}, no contesta nunca',
        'mi hijo {first} está en el cuarto 508, who is his nurse? no entiendo nada', 'hi, soy la hija de {name}, can someone explain the bill en español?',
        'MI NIETO {name} ME AYUDA CON ESTE CHAT', 'SOY {titled} Y NECESITO MIS PASTILLAS DE LA PRESION', 'hola soy {first} jaja mi mamá dijo q les escribiera x la cita',
        'díganle a la dra {name} que no llego, tengo partido', 'atentamente,\n{name}\ntutora legal', 'con copia a {name} y a {name} por favor',
        'la cuenta del hospital a nombre de {name}, él es el responsable ahora', 'en el plan familiar estamos {name}, {name} y {name}',
        'su nombre lleva guion, {first}-{first}, y en la farmacia siempre lo cortan', 'le decimos {first} pero en el acta dice {name}',
        'después de la sesión con {provider} me quiero cambiar con {provider}', '{name} se salió del estudio, ya no le manden recordatorios',
        '{provider} habla español o pedimos intérprete? es la de mi hija', 'de parte de {relative}: gracias a {first} por la paciencia',
        'el de cobros, {first}, quedó de regresarme la llamada', 'los dos niños, {name} y {first}, necesitan la tdap antes del campamento',
        'la señora de la ventanilla, {first}, me dijo que ya estaba pagado', 'los tres: {first}, {first} y {name}, todos con fiebre', 'escribe {relative}, la que firma es {name}',
        'tenemos cita con {provider} y con {provider} el mismo día?', 'el del autoservicio ({first}) fue muy amable',
      ],
    },
    DATE: {
      en: [
        'EOB for date of service {date} shows $0 paid, why', 'appeal deadline is {date}? I mailed it on {date}', 'secondary started {date}, primary ended {date}',
        'please transfer my rx from the other pharmacy, last filled {date}', 'is it too soon for a refill? last one was {date}', 'shingles dose #1 was {date}, when is #2 due',
        'statement dated {date} but I paid in full on {date}', 'no telehealth link for {date} in my inbox', 'nurse visits: skip {date}, we will be at my sisters',
        'start of care was {date}, when is the recert', 'intake appointment {date} at 10? first time doing therapy', 'checkups for the twins, one on {date} and one on {date}',
        'my cleaning on {date} got cancelled, need a new one', 'contacts rx expires {date}, can I still order a box', 'fasting draw {date}, is black coffee ok',
        'records request went in {date}, the 30 days are up', 'please include everything from {date} through {date}', 'screening visit {date}, randomization {date}?',
        'injured at work {date}, first report filed the next morning', 'back to full duty {date} per the ortho', 'mi papa was admitted {date}, when is he going home?',
        '{dob}, member services asked me to confirm it', 'DOB on the claim is wrong, should be {dobRaw}', "kid #2 is {dobRaw} and kid #3 is {dobRaw}",
        'MY BIRTHDAY IS {dobRaw} AND THE PHARMACY SAYS NO MATCH', 'bday {dobRaw} lol why do u even need it', 'the ER visit on {date} got billed twice',
        'consent v2 signed {date}, do I need to re-consent', 'premium was due {date}, is there still coverage?', 'eye drops started {date}, pressure check in a month?',
      ],
      es: [
        'la explicación de beneficios del servicio del {date} dice $0 pagado', 'la fecha límite de la apelación es el {date}? la mandé el {date}',
        'el seguro secundario empezó el {date} y el primario terminó el {date}', 'transfieran mi receta, la última vez la surtí el {date}',
        'la primera dosis de la vacuna fue el {date}, cuándo toca la segunda?', 'el estado de cuenta tiene fecha del {date} pero pagué todo el {date}',
        'no me llegó el link de la videoconsulta del {date}', 'la visita de la enfermera del {date} no, estamos fuera', 'la primera cita de terapia es el {date}, a qué hora?',
        'chequeo de los gemelos, uno el {date} y otro el {date}', 'me cancelaron la limpieza del {date}', 'la receta de los lentes de contacto vence el {date}',
        'análisis en ayunas el {date}, puedo tomar agua?', 'pedí el expediente el {date} y ya pasaron los 30 días', 'necesito todo desde el {date} hasta el {date}',
        'me lastimé en el trabajo el {date}', 'regreso a trabajo completo el {date} según el ortopedista', 'mi papá entró al hospital el {date}, when is he going home?',
        '{dob}, me pidieron confirmarla', 'la fecha de nacimeinto en el reclamo está mal, es {dobRaw}', 'el segundo niño nació el {dobRaw} y la tercera el {dobRaw}',
        'MI FECHA DE NACIMIENTO ES {dobRaw} Y LA FARMACIA DICE QUE NO COINCIDE', 'naci {dobRaw} jaja pa q la quieren', 'la visita a urgencias del {date} me la cobraron dos veces',
        'la prima vencía el {date}, sigo con cobertura?', 'el ER visit del {date} me llegó en inglés, no entiendo', 'la revisión de los lentes me toca el {date}', 'aplicaron el pago el {date}?',
      ],
    },
    AGE_OVER_89: {
      en: [
        'member is {ageRaw} and cannot do the phone menu, can I speak for him', 'do you deliver to someone {ageRaw} who does not drive anymore', 'MY MOTHER IS {ageRaw} AND THE PORTAL CONFUSES HER',
        'I AM {ageRaw}, I WANT MY FLU SHOT AT HOME', 'home health for a hip fracture, patient is {ageRaw}', 'great grandma is {ageRaw} as of saturday, can she get the rsv vaccine',
        'grief counselling, my husband died at {ageRaw}', 'eye exam for my aunt, {ageRaw}, macular degeneration', 'full dentures at {ageRaw}, is it worth it',
        'hard stick at the lab, she is {ageRaw} with tiny veins', 'the trial cuts off at 85 but my dad is {ageRaw} and healthy', 'is medicare secondary for a member {ageRaw}?',
        'pt {age90}, lives alone with a cat', 'at {ageRaw} she still fills her own pill box', 'grandpa, {age90}, keeps hanging up on the video visit',
      ],
      es: [
        'el asegurado tiene {ageRaw} y no puede con el menú del teléfono', 'MI MAMÁ TIENE {ageRaw} Y NO ENTIENDE EL PORTAL', 'tengo {ageRaw}, me ponen la vacuna en la casa?',
        'la paciente ya cumplió {ageRaw}, se fracturó la cadera', 'mi esposo falleció a los {ageRaw}, necesito terapia de duelo', 'examen de la vista para mi tía, {ageRaw}, degeneración macular',
        'dentadura completa a los {ageRaw}, vale la pena?', 'cuesta sacarle sangre, tiene {ageRaw} y las venas muy finas', 'el estudio llega hasta 85 pero mi papá tiene {ageRaw}',
        'mi abuelita, {age90}, cuelga la videollamada', 'a sus {ageRaw} todavía arma su pastillero',
      ],
    },
    ADDRESS: {
      en: [
        'EOBs keep going to my old place, update it to {address}', 'the appeal packet was mailed from {address}', 'transfer my prescriptions to the store at {address}',
        'deliver the refill to {address}, the buzzer is broken', 'please mail the itemized statement to {address}', 'nurse visit address: {address}, blue house with the ramp',
        'moving mom to {address} this weekend, can the nurse go there', 'closest in-network dentist to {city}?', 'ship the contacts to {address}',
        'is there a draw station in {city} or only downtown', 'the records go to the law office at {address}', 'study drug shipping to {address}, someone is home after 3',
        'employer address for the claim: {address}', 'the accident was at the warehouse on {address}', 'the family is staying at {address} while papi is in the ICU',
        'I LIVE AT {address} AND NOBODY CAME', 'my grandson lives in {city}, can he pick up my pills there', 'vaccine clinic closest to {zipRaw}',
        'out of network just because I am in {city}? we just moved', 'which urgent care near {zipRaw} takes my plan', 'on the video visit I am physically in {city} this week, does that matter',
        'do not send the bill to {address}, that is my ex', 'does the home health agency cover {city} too?',
      ],
      es: [
        'las cartas del seguro siguen llegando a la casa vieja, ahora es {address}', 'mandé la apelación desde {address}', 'pasen mis recetas a la sucursal de {address}',
        'entreguen el surtido en {address}, no sirve el timbre', 'manden el estado de cuenta detallado a {address}', 'la visita de la enfermera es en {address}, casa azul con rampa',
        'la mamá se muda a {address} el fin de semana', 'dentista de la red más cerca de {city}?', 'manden los lentes de contacto a {address}', 'hay laboratorio en {city} o solo en el centro?',
        'el expediente va al despacho del abogado en {address}', 'el medicamento del estudio a {address}', 'dirección del patrón para el reclamo: {address}',
        'nos estamos quedando en {address} mientras papi está en terapia intensiva', 'VIVO EN {address} Y NO VINO NADIE', 'vacunas cerca del {zipRaw}?', 'fuera de la red porque estoy en {city}?',
        'no manden la cuenta a {address}, ahí vive mi ex', 'la agencia de enfermeras cubre {city}?', 'la oficina de compensación está en {address}?', 'el kit del estudio regresa a {address}',
      ],
    },
    PHONE: {
      en: [
        'member services called me from {phoneRaw}, is that really you', 'text me when the transfer is done {phoneRaw}', 'billing callback at {phoneRaw} after 6 please',
        'if the video drops call {phoneRaw} and we can do audio only', 'the nurse has to call {phoneRaw} before coming, the dog gets loose', 'the counsellor can leave a message at {phoneRaw}, it is private',
        'mom {phoneRaw} dad {phoneRaw} for all three kids', 'cleaning reminders to {phoneRaw} not the landline', 'call my cell {phoneRaw} when the glasses come in',
        'emergency contact for the study: {phoneRaw} (my sister)', 'the adjuster gave me {phoneRaw} but it goes to a fax tone', 'CALL ME AT {phoneRaw} I DONT DO COMPUTERS',
        'txt me {phoneRaw} pls', '{phone} - best between 9 and 5',
      ],
      es: [
        'servicio a miembros me llamó del {phoneRaw}, son ustedes?', 'avísenme cuando quede la transferencia al {phoneRaw}', 'que me regresen la llamada de cobros al {phoneRaw}',
        'si se cae el video márquenme al {phoneRaw}', 'la enfermera tiene que llamar al {phoneRaw} antes, por el perro', 'la terapeuta puede dejar recado en el {phoneRaw}, es privado',
        'mamá {phoneRaw} papá {phoneRaw} para los tres niños', 'llámenle a mi hija, she speaks english, {phoneRaw}', 'AL {phoneRaw} YO NO SE USAR LA COMPUTADORA',
        'mi cel pa cuando lleguen los lentes {phoneRaw}', '{phone} de 9 a 5',
      ],
    },
    FAX: {
      en: [
        'send the appeal to {faxRaw}, that is the attorney fax', 'prescriber fax for the prior auth is {faxRaw}', 'coach wants the sports physical faxed, {faxRaw}',
        'can the records release form be faxed to {faxRaw}?', 'fax the lab order to {faxRaw}, the draw station cannot see it', 'comp carrier fax {faxRaw}, attn case management',
        'the eye doctor faxes the contact lens rx to {faxRaw}', 'the secondary only takes faxed claims, {faxRaw}', '{fax} (home health intake)',
      ],
      es: [
        'manden la apelación al fax del abogado {faxRaw}', 'el fax del médico para la autorización es {faxRaw}', 'el entrenador quiere el examen físico por fax al {faxRaw}',
        'la forma de entrega de expediente se puede mandar al {faxRaw}?', 'la orden de laboratorio por fax al {faxRaw}', 'fax de la aseguradora de compensación {faxRaw}', '{fax} (admisión de enfermería a domicilio)',
      ],
    },
    EMAIL: {
      en: [
        'send the EOB copies to {email}, paper ones get lost', 'the pharmacy coupon went to {email} but I never got it', 'itemized bill to {email} please',
        'telehealth link should go to {email}, not my work account', 'the agency schedule can be emailed to {email} every sunday', 'intake forms to {email} and I will fill them out tonight',
        'school forms for all three kids to {email}', 'the records can be sent securely to {email}?', 'study diary reminders to {email}',
      ],
      es: [
        'las explicaciones de beneficios a {email}, las de papel se pierden', 'el cupón de la farmacia llegó a {email}?', 'la cuenta detallada a {email} por favor',
        'el link de la videoconsulta a {email}', 'los formularios de ingreso a {email}', 'las constancias de los tres niños a {email}', 'el expediente se puede mandar a {email}?',
      ],
    },
    URL: {
      en: [
        'the appeal form link {url} gives a 404', 'pharmacy price check on {url} says $9 but the counter said $40', 'virtual waiting room {url} is just spinning',
        'our fundraiser for the hospital bills {url}', 'can I upload the ROI form at {url}?', 'study e-consent at {url} will not load on my phone', 'the agency nurse sign-up page {url}',
      ],
      es: [
        'el link de la apelación {url} no abre', 'en {url} el precio sale $9 y en mostrador $40', 'la sala de espera virtual {url} no carga', 'la colecta para la cuenta del hospital {url}',
        'el consentimiento en línea {url} no abre en el cel', 'la página del plan {url} no muestra mi deducible',
      ],
    },
    IP_ADDRESS: {
      en: [
        'member portal says suspicious login from {ip}', 'the video visit fails from {ip}, works at home', 'pharmacy app blocked {ip} after 3 tries',
        'trial diary app error: cannot reach server, client {ip}', 'billing site locked out {ip}', 'nurse tablet shows {ip} on the setup screen',
      ],
      es: [
        'el portal dice inicio sospechoso desde {ip}', 'la videoconsulta no conecta desde {ip}', 'la app de la farmacia bloqueó {ip}', 'el diario del estudio marca error, cliente {ip}', 'el portal de cobros bloqueó {ip}',
      ],
    },
    SSN: {
      en: [
        'coordination of benefits form asks for the policyholder social, {ssnRaw}', 'the billing office had my social wrong, it is {ssnRaw}', 'they looked up my pharmacy profile by social, {ssnRaw}',
        'for the comp claim: ss {ssnRaw}', 'the trial stipend tax form needs {ssnRaw}', 'my baby has a social now, {ssnRaw}, add her to the plan',
        'MY SOCIAL IS {ssnRaw} I ALREADY TOLD THE LADY', 'the ROI form wanted last 4 but I wrote the whole thing {ssnRaw}, oops', 'charity care application, social {ssnRaw}',
      ],
      es: [
        'la forma de coordinación de beneficios pide el seguro socal del titular, {ssnRaw}', 'en cobros tienen mal mi social, es {ssnRaw}', 'para la compensación laboral: social {ssnRaw}',
        'el bebé ya tiene social, {ssnRaw}, agréguenlo al plan', 'MI SEGURO SOCIAL ES {ssnRaw} YA SE LO DI A LA SEÑORITA', 'para la ayuda de caridad del hospital, {ssnRaw}', 'la solicitud pide el social de la mamá, {ssnRaw}',
      ],
    },
    MRN: {
      en: [
        'hospital number on the bill is {mrnRaw}', 'the lab requisition has {mrnRaw} in the corner', 'counselling client # {mrnRaw}', 'chart for the youngest one is {mrnRaw}',
        'dental record no {mrnRaw}', 'eye clinic patient # {mrnRaw}', 'subject id {mrnRaw} for the trial visit', 'agency client id {mrnRaw}', 'ROI request for chart {mrnRaw}',
        "the band on my dad's wrist says {mrnRaw}",
      ],
      es: [
        'el folio del hospital en la cuenta es {mrnRaw}', 'la orden del laboratorio trae {mrnRaw} en la esquina', 'número de cliente de terapia {mrnRaw}', 'el expediente dental {mrnRaw}',
        'número de paciente de la clínica de ojos {mrnRaw}', 'id de participante del estudio {mrnRaw}', 'la pulsera de mi papá dice {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'EOB for {planRaw} shows denied, remark CO-97', 'appeal for subscriber {planRaw}', 'coordination of benefits: primary {planRaw}, secondary {planRaw}',
        'the pharmacy ran it under {planRaw} and it came back $0', 'the shingles shot should bill to {planRaw} not part b', 'dental plan id {planRaw}', 'vision benefits under {planRaw}, what is the frame allowance',
        'the kids are on {planRaw} (chip)', 'the long number on my card is {planRaw}', 'standard of care in the trial bills to {planRaw}', 'is a video visit covered under {planRaw}',
        'MY MEDICARE IS {planRaw}', 'new member, {planRaw}, when do the cards come',
      ],
      es: [
        'la explicación de beneficios de {planRaw} dice negado', 'apelación para el asegurado {planRaw}', 'primario {planRaw}, secundario {planRaw}', 'la farmacia lo pasó con {planRaw} y salió en $0',
        'el número largo de la tarjeta es {planRaw}', 'los niños tienen {planRaw} (chip)', 'MI MEDICARE ES {planRaw}', 'el plan dental es {planRaw}', 'soy benefciario nuevo, {planRaw}, cuándo llegan las tarjetas',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'hospital bill account {acctRaw} shows a balance I already paid', 'guarantor acct {acctRaw}, I want a payment plan', 'HSA account {acctRaw} for the glasses reimbursement',
        'stipend deposit: {acctRaw}', 'the dental office autopay comes out of checking {acctRaw}', 'pharmacy charge account {acctRaw}', 'the comp carrier paid the wrong account, mine is {acctRaw}',
        'refund the overpayment to {acctRaw} please', 'PAY IT FROM MY SAVINGS {acctRaw}',
      ],
      es: [
        'la cuenta del hospital {acctRaw} dice que debo y ya pagué', 'cuenta del garante {acctRaw}, quiero plan de pagos', 'cuenta HSA {acctRaw} para el reembolso de los lentes',
        'el depósito del estudio a {acctRaw}', 'devuelvan el pago de más a {acctRaw}', 'PÁGUENLO DE MI CUENTA DE AHORROS {acctRaw}',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'the pharmacy wants photo id for the sudafed, {licRaw}', 'id I used at the draw station: {licRaw}', 'state id {licRaw} for picking up the records', 'therapist license {licRaw} for my superbill',
        'optometrist license {licRaw} on the contact lens rx', 'the other driver in the work truck crash, license {licRaw}', 'passport {licRaw}, I am visiting and need a video visit',
        'prescriber DEA on the label is {licRaw}, the other store says it is invalid',
      ],
      es: [
        'la farmacia pide identificación para el antigripal, {licRaw}', 'la identificación que di en el laboratorio: {licRaw}', 'licencia de la terapeuta {licRaw} para el recibo',
        'pasaporte {licRaw}, estoy de visita y necesito consulta', 'el otro chofer del choque, licencia {licRaw}',
      ],
    },
    NPI: {
      en: ['billing npi {npiRaw} is missing on the claim', 'rendering provider {npiRaw}', 'the optometrist npi is {npiRaw}', 'trial site investigator npi {npiRaw}', 'comp treating physician {npiRaw}', 'dentist npi {npiRaw} for the out of network claim'],
      es: ['al reclamo le falta el npi {npiRaw}', 'npi de la optometrista {npiRaw}', 'el médico tratante de compensación {npiRaw}', 'npi del dentista {npiRaw} para el reembolso'],
    },
    VEHICLE_ID: {
      en: [
        'I am in the drive-thru lane, car {vehicleRaw}', "the home health nurse's car {vehicleRaw} got a ticket at my building", 'comp: company truck {vehicleRaw} was in the wreck',
        'curbside pickup, silver suv {vehicleRaw}', 'the draw station lot towed {vehicleRaw}', 'MY CAR IS {vehicleRaw} I AM OUTSIDE FOR THE SHOT',
      ],
      es: [
        'estoy en la ventanilla del autoservicio, carro {vehicleRaw}', 'la troca de la compañía {vehicleRaw} fue la del choque', 'recojo en la banqueta, camioneta gris {vehicleRaw}',
        'se llevaron el carro {vehicleRaw} del estacionamiento del laboratorio', 'MI CARRO ES {vehicleRaw}, ESTOY AFUERA',
      ],
    },
    DEVICE_ID: {
      en: [
        'the loaner tablet from the agency {deviceRaw} will not turn on', 'home bp cuff from the trial {deviceRaw} reads error', 'pulse ox the nurse left {deviceRaw}',
        'glucometer the pharmacy gave me {deviceRaw}', 'trial ecg patch {deviceRaw} fell off in the shower', 'TENS unit from comp {deviceRaw} stopped working',
      ],
      es: [
        'la tableta prestada de la agencia {deviceRaw} no prende', 'el baumanómetro del estudio {deviceRaw} marca error', 'el oxímetro que dejó la enfermera {deviceRaw}',
        'el parche de electro del estudio {deviceRaw} se despegó',
      ],
    },
    CREDIT_CARD: {
      en: [
        'put the premium on {cardRaw}', 'the transfer copay can go on {cardRaw}', 'pay the hospital balance with {cardRaw}, all of it', 'the tele visit fee declined on {cardRaw}',
        'frames overage on {cardRaw}', 'deep cleaning deposit, {cardRaw}', 'CHARGE {cardRaw} FOR MY PILLS', 'use the fsa card {cardRaw} for the kids copays',
      ],
      es: [
        'la prima con {cardRaw}', 'el copago de la transferencia con {cardRaw}', 'paguen todo el saldo del hospital con {cardRaw}', 'me rechazaron la videoconsulta en {cardRaw}',
        'lo que falta de los armazones con {cardRaw}', 'COBREN MIS PASTILLAS A {cardRaw}',
      ],
    },
    IBAN: {
      en: [
        'claim reimbursement for care abroad to {ibanRaw}', 'I pay the premium from my account in europe, {ibanRaw}', 'refund the trial travel costs to {ibanRaw}',
        'the hospital overpayment can go back to {ibanRaw}', 'my bank is overseas, {ibanRaw}',
      ],
      es: [
        'el reembolso de la atención en el extranjero a {ibanRaw}', 'pago la prima desde mi cuenta en España, {ibanRaw}', 'devuelvan los gastos de viaje del estudio a {ibanRaw}',
        'mi banco está fuera, {ibanRaw}',
      ],
    },
  },
  idFrames: {
    en: [
      'member services wants {X} before they tell me anything', 'the pharmacy tech read me {X} off the screen, is that right', 'billing rep asked for {X}',
      'telehealth check-in form: {X}', 'the agency scheduler needs {X}', 'counselling intake packet, page 2: {X}', 'dental front desk asked me for {X}', 'for the eye clinic, {X}',
      'draw station kiosk took {X}', 'ROI form, box 4: {X}', 'study coordinator needs {X} for the stipend', 'case manager wants {X} on the form', 'I READ IT OFF THE CARD {X}',
      'ok here: {X} (pls dont share)',
    ],
    es: [
      'servicio a miembros quiere {X} antes de decirme algo', 'el de la farmacia me leyó {X} de la pantalla', 'la de cobros me pidió {X}', 'formulario de la videoconsulta: {X}',
      'la agencia de enfermeras necesita {X}', 'ingreso a terapia, hoja 2: {X}', 'en el consultorio dental me pidieron {X}', 'para la clínica de ojos, {X}', 'el kiosco del laboratorio tomó {X}',
      'formulario de entrega de expediente, casilla 4: {X}', 'LO LEI DE LA TARJETA {X}', 'ahi va: {X} (no lo compartan)',
    ],
  },
  mixed: {
    en: [
      'member services: {name}, {dob}, {plan}, the EOB for {date} is wrong', 'COB update for {name}: primary {planRaw}, secondary {planRaw}, effective {date}',
      'transfer rx for {name} {dobRaw} from the store at {address}, call {phoneRaw}', 'billing: guarantor {name}, acct {acctRaw}, pay with {cardRaw}',
      'tele visit {date} with {provider}, link to {email}', 'home health: {name} ({ageRaw}), {address}, daughter {first} {phoneRaw}', 'intake: {name}, {dob}, emergency contact {relative} {phoneRaw}',
      'peds: {first} {dobRaw} and {first} {dobRaw}, both on {planRaw}', 'dental: {name}, {plan}, the rest on {cardRaw}', 'glasses for {name}, ship to {address}, {email}',
      'lab: {name} {mrn}, ordered by {provider} {npi}, results to {faxRaw}', 'ROI: release records of {name} {dob} to {name} at {address}, fax {faxRaw}',
      'trial subject {mrnRaw}, {name}, stipend to {acctRaw}, {phoneRaw}', 'comp: {name}, {ssn}, injured {date} at {address}, adjuster {name}', 'SON IS {name}, HIS PHONE {phoneRaw}, MY MEDICARE {planRaw}',
      'its {first} lol new email {email} n cell {phoneRaw}', 'device return: {name}, tablet {deviceRaw}, pickup at {address}', 'curbside: {name}, {dob}, car {vehicleRaw}',
    ],
    es: [
      'servicio a miembros: {name}, {dob}, {plan}, la explicación del {date} está mal', 'coordinación de beneficios de {name}: primario {planRaw}, secundario {planRaw}',
      'transferir la receta de {name} {dobRaw} de la sucursal de {address}, tel {phoneRaw}', 'cobros: garante {name}, cuenta {acctRaw}, pago con {cardRaw}',
      'videoconsulta el {date} con {provider}, el link a {email}', 'enfermería a domicilio: {name} ({ageRaw}), {address}, hija {first} {phoneRaw}',
      'ingreso: {name}, {dob}, contacto de emergencia {relative} {phoneRaw}', 'pediatría: {first} {dobRaw} y {first} {dobRaw}, los dos con {planRaw}',
      'lentes para {name}, envío a {address}, {email}', 'expediente de {name} {dob} para {name}, {address}, fax {faxRaw}', 'compensación: {name}, {ssn}, accidente el {date} en {address}',
      'hola soy {name}, my dad is in room 412, mi cel {phoneRaw}', 'MI HIJO ES {name}, SU TEL {phoneRaw}, MI MEDICARE {planRaw}', 'estudio: participante {mrnRaw}, {name}, depósito a {acctRaw}',
      'soy {first} jaja correo nuevo {email} y cel {phoneRaw}',
    ],
  },
  negatives: {
    en: [
      ['word', 'will the EOB show what I owe or only what you paid'], ['word', 'any hope the appeal gets decided this week?'], ['word', 'is there a grace period on premiums'],
      ['word', 'did I hit my max out of pocket yet?'], ['word', 'the kids sang carols in the waiting room, so cute'], ['word', 'that nurse was an angel today, thank you'],
      ['word', 'misty vision after the dilation drops, normal?'], ['word', 'dusty air at the warehouse, will comp cover an inhaler'], ['word', 'rocky start with the new glasses, everything is blurry'],
      ['word', 'fell off a cliff on my bike... ok it was a curb'], ['word', 'a robin hit the window and my son cried, he is fine'], ['word', 'violet bruise around the draw site, ok?'],
      ['word', 'cherry flavored amoxicillin, the kids hate the banana one'], ['word', 'candy as a prize at the dentist, really?'], ['word', 'can he bring his teddy bear to the lab'],
      ['word', 'can I pee in a mason jar for the sample lol'], ['word', 'cole slaw after the extraction, soft enough?'], ['word', 'herb supplements before the blood draw ok?'],
      ['word', 'is the clinic open over winter break'], ['word', 'how do I apply for charity care on the hospital bill'], ['word', 'earnest question, is the trial drug safe'],
      ['word', 'hunter green scrubs at the new dental office look sharp'], ['word', 'will my son chuck up after the shot like last time'], ['word', 'bud light with the antibiotic, one is fine?'],
      ['word', 'the drive-thru lane is blocked by a truck'], ['word', 'patty melt the day after a filling?'], ['word', 'skip the coupon, just run the insurance'],
      ['word', 'the mike on my laptop is not working for the video visit'], ['word', 'a tad dizzy after the draw, sat down for a bit'], ['word', 'kitty litter while pregnant, the counsellor brought it up'],
      ['word', 'the ace bandage from the comp clinic is too tight'], ['word', 'destiny or chance, the trial randomizes you, right?'], ['word', 'more harmony at home since we started family counselling'],
      ['word', 'ok ty'], ['word', 'k thx bye'], ['word', 'nvm figured it out'], ['word', 'OK THANK YOU DEAR'], ['word', 'how do I set up the member portal'], ['word', 'is the drive thru open late tonight'],
      ['word', 'the doctor said the kids can go back to school'], ['word', 'do I need a referral for the eye doctor'], ['word', 'how long does a records request take'],
      ['drug', 'celexa or lexapro, which has less weight gain'], ['drug', 'brilinta copay is insane, any coupon'], ['drug', 'evista for my bones, is it on formulary'],
      ['drug', 'cryselle vs lutera, same hormones?'], ['drug', 'switched from levora to nylia and now spotting'], ['drug', 'philith is backordered, can you sub kelnor'],
      ['drug', 'estarylla or isibloom, whichever is cheaper'], ['drug', 'aurovela fe vs blisovi fe price check'], ['drug', 'enskyce is the generic of what'], ['drug', 'emoquette made me nauseous'],
      ['drug', 'velivet or caziant, the pharmacist says same thing'], ['drug', 'falmina vs orsythia'], ['drug', 'camrese or amethyst to skip periods'], ['drug', 'simpesse and rivelsa for my 17 yo?'],
      ['drug', 'jaimiess is not on the formulary'], ['drug', 'norlyda or incassia while nursing'], ['drug', 'deblitane gave me headaches'], ['drug', 'tydemy vs kurvelo'],
      ['drug', 'claritin or zyrtec for a 6 yr old'], ['drug', 'xiidra or restasis, which is tier 2'], ['drug', 'lotemax drops after the eye procedure'], ['drug', 'is alrex covered for allergy eyes'],
      ['drug', 'peridex rinse stains teeth?'],
      ['city', 'quitting newports, patches or gum?'], ['city', 'my dad smokes salems, is the nicotine gum free'], ['city', 'marlboro lights, a pack a day, does the quit line help'],
      ['city', 'will a folding wheelchair fit in a toyota tacoma'], ['city', 'the hyundai tucson step is hard for mom after surgery'], ['city', 'rear facing car seat in a chevy malibu?'],
      ['city', 'swedish meatballs ok after oral surgery?'], ['city', 'belgian waffles before the fasting draw is a no right'], ['city', 'bologna sandwich with my MAOI?'],
      ['city', 'hamburger buns are the only bread my son eats'], ['city', 'frankfurter at the game, too much salt for my bp?'], ['city', 'parmesan on everything, ok with the antibiotic?'],
      ['city', 'cheddar crackers right after the cleaning?'], ['city', 'gouda and edam are aged, bad with the MAOI?'], ['city', 'brie and camembert while pregnant'],
      ['city', 'champagne the night before the lab?'], ['city', 'bring a cardigan, the exam rooms are freezing'], ['city', 'denim jacket buttons in the x-ray?'], ['city', 'tuxedo rental for prom with a cast on'],
      ['city', 'st louis ribs after getting braces tightened?'], ['city', 'kansas city strip for my iron?'], ['city', 'nashville hot chicken gives me reflux'], ['city', 'coney island hot dogs after the stomach bug?'],
      ['city', 'santa fe salad at the cafeteria is it low sodium'], ['city', 'napa cabbage on the kidney diet'], ['city', 'bikini wax the day before a procedure?'],
      ['month', 'may my husband come into the exam room with me'], ['month', 'you may get a separate bill from the lab'], ['month', 'my son wants to march in the band with his cast'],
      ['month', 'june bugs bit my kid, is this rash from them'], ['weekday', 'fat tuesday king cake with braces?'], ['weekday', 'ash wednesday, fasting and my blood sugar'],
      ['weekday', 'super bowl sunday pharmacy hours?'], ['weekday', 'sunday school needs the kids vaccine list'], ['weekday', 'is billing closed on good friday'],
      ['weekday', 'monday mornings are the worst time to call member services'], ['weekday', 'are there saturday hours for shots'], ['weekday', 'video visits on {weekday}?'],
      ['cpt', '92004 vs 92014, new or established eye exam?'], ['cpt', '92015 refraction is not covered?'], ['cpt', 'intake billed 90791, then 90834 every week'], ['cpt', '90832 half hour session copay'],
      ['cpt', '99442 phone visit billed as an office visit'], ['cpt', '99203 new patient at peds'], ['cpt', '90715 tdap for my 11 yo'], ['cpt', '90750 shingrix not under part b?'],
      ['cpt', '90677 pneumonia shot at the pharmacy'], ['cpt', '36415 venipuncture charged twice'], ['cpt', '85025 cbc on the bill two times'], ['cpt', '80061 lipid panel need fasting?'],
      ['cpt', '{cpt} on my EOB, what is that'],
      ['cdt', 'D1110 cleanings twice a year covered?'], ['cdt', 'D4341 deep cleaning per quadrant price'], ['cdt', 'D2391 filling on #30'], ['cdt', 'D0274 bitewings every year?'], ['cdt', 'D7140 simple extraction'],
      ['hcpcs', 'V2020 frames allowance'], ['hcpcs', 'V2500 contact lens code on the claim'], ['hcpcs', 'G2012 virtual check-in charge'], ['hcpcs', 'G0008 flu admin'], ['hcpcs', 'A4253 test strips 100 count'],
      ['icd', 'H52.4 presbyopia, is that why I need readers'], ['icd', 'Z01.00 routine eye exam'], ['icd', 'F43.23 adjustment disorder on the intake, what does it mean'], ['icd', 'Z23 on the shot claim'],
      ['icd', 'K02.9 cavities'], ['icd', 'S61.411A laceration at work'], ['icd', 'M54.50 low back pain for comp'], ['icd', 'Z00.6 trial exam code'], ['icd', '{icd} on the appeal letter'],
      ['carc', 'remark CO-97 on the EOB, what does that mean'], ['carc', 'PR-1 is my deductible?'], ['carc', 'CO-45 contractual adjustment, do I owe that'],
      ['ndc', 'the pharmacy says {ndc} is a different manufacturer'], ['ndc', 'transfer says {ndc}, same drug?'],
      ['lot', 'flu shot lot UJ483AA expired?'], ['lot', 'booster lot 3056712 recalled?'], ['lot', 'lens box lot B0918273, one lens was torn'], ['lot', 'lavender top tube lot 2345K'],
      ['trialreg', 'is NCT05512345 still recruiting'], ['trialreg', 'visit 3 of 9, cohort 2, arm B'], ['trialreg', 'protocol amendment 4, do I re-sign'],
      ['room', 'draw station 6 has no chair'], ['room', 'exam room 4 is freezing'], ['room', 'op 3 at the dentist has the tv'], ['room', 'pick up at window 2 or the drive-thru?'],
      ['room', 'aisle 7 for the thermometers?'], ['room', 'pod B, chair 9 for the infusion'],
      ['price', 'is $1,250 my deductible or the family one'], ['price', 'specialist copay is $35?'], ['price', 'frames over the $150 allowance, I pay the rest'], ['price', 'goodrx $12.40 vs insurance $45'],
      ['price', '{price} for the deep cleaning'], ['price', 'premium went up to {price} a month'],
      ['dose', 'amox 400 mg/5 mL, 5 mL twice a day'], ['dose', 'prednisolone drops 1 drop 4x a day'], ['dose', 'vitamin D 50,000 IU weekly'], ['dose', 'ibuprofen 100 mg/5 mL for the 3 yo'], ['dose', '{dose} of the new one?'],
      ['lab', 'vit D 18 ng/mL, low?'], ['lab', 'PSA 4.2 should I worry'], ['lab', 'eGFR 58 is stage 3?'], ['lab', 'fasting glucose 104'], ['lab', '{lab} from the draw station'],
      ['lens', 'OD -2.25 -0.50 x 180, OS -2.00 sphere'], ['lens', 'PD 63'], ['lens', 'base curve 8.6 diameter 14.2'], ['lens', 'IOP 18 and 19'], ['lens', '20/25 with the new glasses'], ['lens', 'add +1.75 for readers'],
      ['lens', 'cup to disc 0.3'],
      ['time', 'walk in shots 9 to 5'], ['time', 'the video visit is at 3:15, join 10 min early'], ['time', 'draw station opens at 6:30'], ['time', 'nurse window 1-3pm'], ['time', 'move it from {time} to {time}'],
      ['duration', 'refill allowed after 23 days'], ['duration', '90 day supply or 30?'], ['duration', '6 weeks of light duty'], ['duration', 'on hold for {duration} lol'],
      ['count', '12 sessions approved by the EAP'], ['count', '3 kids, 2 shots each'], ['count', 'light duty, no lifting over 20 lb'], ['count', '{count} points on the rewards card'],
      ['year', 'member since {year}'], ['year', 'plan year 2027 deductible reset'], ['year', 'last eye exam was {year}'],
      ['agelow', 'she is 89, does she need a referral'], ['agelow', 'the kids are 4, 7 and 11'], ['agelow', 'age 65 and new to medicare'], ['agelow', 'can a {agelow} year old get the shot here'],
      ['version', 'telehealth app {version} has no sound'], ['version', 'pharmacy app {version} crashed on refill'], ['planname', '{planname} or the HSA plan'],
      ['order', 'my contacts {order} is late'], ['ticket', 'portal {ticket} still open'], ['tracking', 'glasses {tracking} says out for delivery since tuesday'], ['invoice', '{invoice} from the dental office'],
      ['confirmation', 'appeal submitted, {confirmation}'], ['state', 'can I see a therapist licensed in {state}'], ['state', 'video visit from {state}, is that allowed'],
      ['bp', '{bp} at the pharmacy kiosk'], ['ratio', 'coinsurance {ratio}'],
    ],
    es: [
      ['word', 'la enfermera fue muy linda con mi mamá'], ['word', 'gloria a dios ya salió de terapia intensiva'], ['word', 'mi hija le llevó una flor a la dentista'],
      ['word', 'con suerte y fortuna me aprueban la apelación'], ['word', 'esa enfermera es un ángel'], ['word', 'jesús, qué cara salió la cuenta'], ['word', 'el pastor de la iglesia puede visitar a mi papá?'],
      ['word', 'el santo de mi abuela es mañana, le podemos llevar pastel?'], ['word', 'nos vamos al mar, me llevo los lentes de contacto?'], ['word', 'bonita la sala de espera nueva'],
      ['word', 'estoy feliz con los lentes nuevos'], ['word', 'el rey de la casa no se quiere vacunar'], ['word', 'la marina cubre a los dependientes?'], ['word', 'la noche estuvo serena, durmió bien'],
      ['word', 'salsa valentina con gastritis, mala idea?'], ['word', 'galletas marías antes de la prueba de glucosa?'], ['word', 'querido equipo, gracias por la paciencia'],
      ['word', 'ok gracias'], ['word', 'va'], ['word', 'ya quedó, gracias'], ['word', 'OK MUCHAS GRACIAS MIJA'], ['word', 'cómo entro al portal de miembros'], ['word', 'el autoservicio abre tarde hoy?'],
      ['word', 'necesito referencia para el oculista?'], ['word', 'cuánto tarda la entrega del expediente'], ['word', 'no entiendo el bill, can someone call me?'],
      ['drug', 'celexa o lexapro, cuál engorda menos'], ['drug', 'evista para los huesos, lo cubren?'], ['drug', 'cryselle o lutera, son iguales?'], ['drug', 'no hay philith, me dan kelnor?'],
      ['drug', 'claritin para mi niño de 6 años'], ['drug', 'lotemax después de la cirugía del ojo'], ['drug', 'xiidra está carísimo'], ['drug', 'camrese o amethyst para no reglar'],
      ['drug', 'norlyda mientras doy pecho?'],
      ['city', 'turrón de alicante en navidad con la diabetes'], ['city', 'mazapán de toledo, cuánta azúcar tiene'], ['city', 'chorizo de pamplona y la presión alta'], ['city', 'queso de burgos en el embarazo, sí?'],
      ['city', 'cerveza tecate con el antibiótico?'], ['city', 'pulpo a la gallega con el ácido úrico alto'], ['city', 'carne a la tampiqueña después de la extracción'], ['city', 'pollo a la veracruzana en la dieta renal'],
      ['city', 'en la tucson de mi hijo no cabe la silla de ruedas'], ['city', 'en la durango no cabe la carriola doble'], ['city', 'fumo newport de mentol, me dan parches?'],
      ['month', 'la farmacia hizo su agosto con las vacunas'], ['month', 'la mayo con la dieta para la presión?'], ['weekday', 'el viernes santo abre la oficina de cobros?'],
      ['weekday', 'miércoles de ceniza y ayuno antes del laboratorio'], ['weekday', 'los sábados ponen vacunas?'], ['weekday', 'el domingo de ramos no hay quien me lleve'], ['weekday', 'hay videoconsultas el {weekday}?'],
      ['cpt', '92004 o 92014, paciente nuevo o conocido?'], ['cpt', 'la refracción 92015 no la cubren?'], ['cpt', 'la entrevista fue 90791 y luego 90834 cada semana'], ['cpt', '90715 para mi hijo de 11'],
      ['cpt', '36415 cobrado dos veces'], ['cpt', '{cpt} en la explicación de beneficios'],
      ['cdt', 'D1110 limpieza dos veces al año?'], ['cdt', 'D4341 limpieza profunda por cuadrante'], ['cdt', 'D2391 resina en la muela 30'],
      ['hcpcs', 'V2020 lo que cubren de armazón'], ['hcpcs', 'A4253 tiras de 100'], ['icd', 'H52.4 presbicia, por eso ocupo lentes para leer?'], ['icd', 'F43.23 en la hoja de ingreso, qué significa'],
      ['icd', 'M54.50 dolor de espalda del trabajo'], ['icd', '{icd} en la carta de apelación'], ['carc', 'CO-97 en la explicación, qué es'], ['carc', 'PR-1 es mi deducible?'],
      ['ndc', 'la farmacia dice que {ndc} es otro laboratorio'], ['lot', 'lote de vacuna UJ483AA vencido?'], ['lot', 'caja de lentes lote B0918273, venía uno roto'],
      ['trialreg', 'el estudio NCT05512345 sigue reclutando?'], ['trialreg', 'visita 3 de 9, cohorte 2, brazo B'],
      ['room', 'en la estación 6 no hay silla'], ['room', 'el consultorio 4 está helado'], ['room', 'recojo en la ventanilla 2 o en el autoservicio?'], ['room', 'pasillo 7 para los termómetros?'],
      ['price', 'el deducible es $1,250 o el familiar?'], ['price', 'copago de especialista $35?'], ['price', 'pasando los $150 del armazón pago yo?'], ['price', 'la limpieza profunda {price}'],
      ['dose', 'amoxicilina 400 mg/5 mL, 5 mL cada 12 horas'], ['dose', 'gotas de prednisolona 1 gota 4 veces al día'], ['dose', 'vitamina D 50,000 UI cada semana'], ['dose', '{dose} de la nueva?'],
      ['lab', 'vitamina D 18 ng/mL, está baja?'], ['lab', 'antígeno prostático 4.2'], ['lab', 'TFG 58, etapa 3?'], ['lab', '{lab} del laboratorio'],
      ['lens', 'OD -2.25 -0.50 x 180, OI -2.00 esfera'], ['lens', 'distancia pupilar 63'], ['lens', 'curva base 8.6 diámetro 14.2'], ['lens', 'presión del ojo 18 y 19'], ['lens', 'adición +1.75 para leer'],
      ['time', 'vacunas sin cita de 9 a 5'], ['time', 'la videoconsulta es a las 15:15'], ['time', 'el laboratorio abre a las 6:30'], ['time', 'cámbienla de {time} a {time}'],
      ['duration', 'puedo resurtir a los 23 días?'], ['duration', 'surtido de 90 días o de 30?'], ['duration', '6 semanas de trabajo ligero'], ['duration', 'llevo {duration} en espera'],
      ['count', 'el EAP aprobó 12 sesiones'], ['count', '3 niños, 2 vacunas cada uno'], ['count', 'no cargar más de 20 libras'], ['year', 'miembro desde {year}'], ['year', 'último examen de la vista en {year}'],
      ['agelow', 'tiene 89, necesita referencia?'], ['agelow', 'los niños tienen 4, 7 y 11'], ['agelow', 'un niño de {agelow} años puede vacunarse aquí?'], ['version', 'la app {version} no tiene sonido'],
      ['planname', '{planname} o el plan con HSA?'], ['order', 'mi {order} de lentes no llega'], ['ticket', 'el {ticket} del portal sigue abierto'], ['tracking', 'los lentes {tracking} no llegan'],
      ['invoice', 'la {invoice} del dentista'], ['confirmation', 'mandé la apelación, {confirmation}'], ['state', 'terapeuta con licencia en {state}?'], ['bp', 'la {bp} en el kiosco de la farmacia'],
      ['ratio', 'coaseguro {ratio}'],
      ['word', 'la doctora es una santa, díganle gracias'], ['word', 'la sala de espera huele a rosas'], ['word', 'felices fiestas a todo el equipo de cobros'],
      ['word', 'se me olvidó la contraseña del portal otra vez'], ['word', 'cuánto cuesta la consulta sin seguro?'], ['word', 'la receta dice con alimentos, un café cuenta?'],
      ['word', 'la videollamada se escucha con eco'], ['word', 'tengo que ir en ayunas al laboratorio?'], ['word', 'la app me manda todo en inglés, se puede cambiar?'],
      ['word', 'leche lala deslactosada en la dieta?'], ['word', 'chocolate abuelita antes del estudio?'], ['word', 'ensalada césar en la cafetería del hospital, tiene mucha sal?'],
      ['drug', 'velivet o caziant, cuál me toca?'], ['drug', 'falmina o orsythia, cuál cubre el seguro'], ['drug', 'peridex mancha los dientes?'], ['drug', 'no tienen estarylla en la sucursal'],
      ['drug', 'alrex para la alergia de los ojos'], ['city', 'hamburguesa después de la limpieza dental?'], ['city', 'salchichas de frankfurt con la presión alta'], ['city', 'queso parmesano con el antibiótico?'],
      ['city', 'champaña la noche antes del análisis?'], ['city', 'en el chevy malibu de mi hermana no cabe la andadera'], ['weekday', 'el lunes de pascua hay servicio?'], ['weekday', 'los jueves de tianguis no hay estacionamiento'],
      ['cpt', '90832 sesión de media hora, cuánto es el copago'], ['cpt', '99442 consulta por teléfono cobrada como presencial'], ['cdt', 'D7140 extracción simple'], ['hcpcs', 'G2012 cobro de revisión virtual?'],
      ['icd', 'Z23 en el reclamo de la vacuna'], ['icd', 'K02.9 caries'], ['carc', 'CO-45 ajuste contractual, lo debo?'], ['lot', 'lote del refuerzo 3056712, tiene alerta?'], ['room', 'gabinete 3 del dentista'],
      ['price', 'goodrx $12.40 y con seguro $45'], ['price', 'la prima subió a {price} al mes'], ['lab', 'glucosa en ayunas 104'], ['lens', '20/25 con los lentes nuevos'], ['time', 'ventanilla de enfermería de 1 a 3'],
      ['count', '{count} puntos en la tarjeta de la farmacia'], ['agelow', 'edad 65 y nuevo en medicare'], ['version', 'la app de la farmacia {version} se traba'], ['state', 'videoconsulta desde {state}, se puede?'],
    ],
  },
  tails: {
    en: [' (remark CO-97)', ' - PD 63 btw', ', deductible $1,250', ' and they billed {cpt}', ' (lot UJ483AA)', ' - visit 3 of 9', ', window 2', ' fyi {lab}', ' around {time}', ' ({ndc})'],
    es: [' (código CO-97)', ' - distancia pupilar 63', ', deducible $1,250', ' y cobraron {cpt}', ' (lote UJ483AA)', ' - visita 3 de 9', ', ventanilla 2', ' a eso de las {time}', ' ({ndc})'],
  },
  greetings: {
    en: ['Hi, quick question - ', 'Good afternoon, ', 'HELLO ', 'hey so ', 'Excuse me, ', 'Morning all, ', 'yo ', 'Hi team, '],
    es: ['Buenas tardes, disculpe, ', 'HOLA ', 'Saludos, ', 'Hola, una consulta: ', 'Qué onda, ', 'Muy buenas, ', 'Oiga, '],
  },
};
