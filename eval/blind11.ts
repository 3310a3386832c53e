/**
 * A twelfth, independent set of phrasings for the generator ("blind11"), written blind on 2026-11-28
 * as the fourth session's last validation set, kept for the session's last blind measurement. Its
 * author read eval/generator.ts, eval/values.ts, parts of eval/score.ts and eval/run.ts, eval/holdout.ts
 * and eval/blind2.ts … eval/blind8.ts (to avoid their wording), DESIGN.md §4 and the first 40 lines of
 * docs/evaluation.md; NOT eval/blind9.ts or eval/blind10.ts, nothing under src/, test/, bench/ or
 * scripts/, no other part of docs/, and no git history, log or diff. The engine was not run on it in
 * any form and none of its output was looked at (only the generator was run, to check that the set
 * loads and generates).
 * New situations: a Medicare Advantage plan's member chat (OTC allowance and flex card, transportation
 * benefit rides, dental / vision / hearing riders, PCP change, Part B giveback, gym benefit), a
 * specialty pharmacy (biologics, injection training, cold-chain boxes, copay cards, sharps), a hospice
 * family line (on-call nurse, comfort kit, death at home), a maternity ward (visitor list, birth
 * certificate worksheet, newborn screening, infant security tag), a behavioral health crisis
 * follow-up, a community health center's sliding-fee desk, a wound clinic with hyperbaric oxygen, a
 * sleep lab (home sleep test, MSLT, narcolepsy drugs), an allergist (skin tests, food challenges,
 * allergy shots, auto-injectors), a cardiology device clinic (pacemaker / ICD / loop recorder checks,
 * remote monitors), a kidney transplant center (living donors, tacrolimus troughs, offers at night),
 * a school nurse writing to parents, an employer's occupational health office (post-accident testing,
 * fit tests, light duty), a veterans clinic (PACT team, travel pay, CHAMPVA, Foreign Medical Program),
 * a Spanish-speaking grandmother typing without accents ("mija", "la pastilla de la presion"), teens in
 * slang ("ngl", "lowkey", "fr", "bruh", "no cap") and adult children coordinating care for parents in
 * other cities (sibling group chats, "the son in {city}").
 * Cue words for ids: "advantage plan member number", "OTC allowance is tied to", "Tricare", "CHAMPVA",
 * "hospice election", "memebr id" (typo), "baby's hospital number", "device clinic patient #",
 * "transplant center number", "sleep study number", "allergy chart", "hospice patient number",
 * "pharmacy patient profile", "employee health file", "sliding fee file", "crisis episode #", "student
 * health record", "número de la pulsera del bebé", "expediente de salud del empleado", HSA / FSA
 * accounts, VA travel pay deposit, estate checking, learner permit, DMV id card, pharmacist and hospice
 * nurse licences, DEA on a REMS form, wallet-card pacemaker serial, home monitor SN, loop recorder,
 * cold-box temperature logger, home sleep test unit, infant security tag, VA BiPAP, OTC flex card
 * number; ids with no keyword at all; several identifiers per message.
 * Names in every position and case: message start, after verbs and prepositions, lists, "aka",
 * hyphenated double first names, Spanish double surnames, nicknames next to legal names, titles
 * Dr/Dra/Sr/Sra/RN outside the span, possessives, parentheses, sign-offs on the next line, FROM/DE
 * headers, all-caps context. Dates after new cue words (OTC reset, PCP effective, induction, newborn
 * screen drawn, implant, remote transmission, transplant anniversary, DOI, return to work, wk of,
 * no later than, from … thru …). Ages over 89 in new phrasings (outlived two pacemakers, WWII vet …
 * this spring, "celebrating …", "a sus … años", "ya va para los …", "… añitos"). Addresses for OTC
 * orders, cold-chain deliveries, hospice beds, birth certificates, remote monitors, transplant housing.
 * Negatives (about a third of messages) look like PHI but are not: plan numbers H5216-312, OTC $75 a
 * quarter, giveback $174.70, 1-800-MEDICARE, TTY 711, 988, copay card BIN 610020, 36-46 F / 2-8 C,
 * lot 3F092A, AHI 18.4, ODI, SpO2 nadir 84%, MSLT latency 4.5 min, ESS 16/24, wheal 8 mm, peanut IgE
 * 14.2 kU/L, RV pacing 38%, AF burden 2.1%, lead impedance 540 ohms, 0.75 V @ 0.4 ms, DDDR 60,
 * tacrolimus trough 7.8, eGFR 58, cPRA 42%, 3 of 6 HLA match, APGAR 8 and 9, CCHD 98/99, 7 lb 11 oz,
 * TcB 9.8, 39w2d, ABI 0.62, TcPO2 38 mmHg, 2.4 ATA, 200% FPL, PPD 0 mm, STS, BAT 0.000, 70% service
 * connected, CPT 93279/93294/93296/93280/95806/95004/95024/95117/86003/97605/11042/59510/99460/50360/
 * 80197/99455/86580/92552/90839/96372/G0438/G0439/99497, HCPCS E0470/A7034/J0135/J2357/A6021/A0130/
 * V2020/J7503/J7517, ICD Z95.0/Z45.010/I48.91/T86.11/G47.411/Z91.010/L97.422/E11.621/O80/Z38.00/P59.9/
 * F43.10/Z02.1/Z57.0/L40.0/L20.9, room / bed / unit / bay / bus / chair numbers, order, tracking,
 * ticket, invoice and confirmation numbers, prices, doses, times, weekdays; drug brands that look like
 * names (aviane, lessina, lutera, incassia, emzahh, kelnor, zovia, isibloom, cryselle, dasetta, xyrem,
 * wakix, sunosi, palforzia, odactra, auvi-q, envarsus, prograf, cellcept, myfortic, valcyte, dupixent,
 * humira, cosentyx, skyrizi, tezspire, fasenra, nucala); brands (Dr Pepper, Mrs. Dash, Dr. Scholl's,
 * Boston Market, Philadelphia cream cheese, Jimmy Dean, Marie Callender's, Sara Lee, Boston Scientific,
 * Medtronic, Abuelita chocolate, galletas Marías, Doña María mole, Tía Rosa, Mazapán de la Rosa, agua
 * de Tehuacán, chorizo de Toluca, cerveza Victoria); sports teams (Cowboys, Dodgers, Packers and the
 * Green Bay game, Chiefs, Chivas, Cruz Azul, Rayados de Monterrey, Real Madrid); TV shows (Grey's
 * Anatomy, Chicago Med, Golden Girls, Judge Judy, Wheel of Fortune, La Rosa de Guadalupe, El Chavo del
 * 8, Caso Cerrado); holidays (Veterans Day, Thanksgiving, MLK Day, Easter Sunday, Good Friday, Super
 * Bowl Sunday, Día de Reyes, Semana Santa, Jueves Santo, Nochebuena, Día de Muertos, Día del Padre);
 * "may"/"march" as verbs, "mayo" as mayonnaise; words that are also given names (ward, earl grey,
 * carols, daisy, clay, cliff, brook, river, hunter, melody, destiny, misty, chuck, bob, terry cloth,
 * kitty litter, patty, lily, violet, rosemary, mason jar, angel food, buck, norm, herb, mercy; clara de
 * huevo, margarita, estrella, armando, felicidades, modesto, iris, jazmín, violeta, mar, alba, bella,
 * gracia, rubí, amado, santos, Cruz Roja, ángel de la guarda).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND11_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'flex card q: {first} at member services said the OTC allowance reloads every quarter, true?', 'i want to switch my PCP from {provider} to somebody closer to home',
        'the ride benefit driver, {first}, carried the groceries in for dad, pls thank him', 'injection trainer {first} is coming to show {relative} how to use the autoinjector',
        'who is {name}? she left a voicemail about my dupixent shipment', 'hospice line - {relative} is restless tonight, can on-call nurse {first} come out',
        'we are at the bedside with {titled}, the chaplain said to text this number', 'visitor list for L&D: only {name} and {name}, NOT her ex',
        "she's here!! birth certificate name is {name}, spelled exactly like that", 'for the birth certificate worksheet the father is {name}',
        'newborn screening callback for baby boy {name}, does the heel stick need a redo?', 'crisis follow-up: its {first}, i still have the safety plan on my fridge',
        'sliding fee desk: {name} brought pay stubs but not the tax return, is that enough', 'wound clinic - {provider} wants offloading boots for {relative}',
        'allergist q for {provider}: can {first} still do the baked milk challenge with a runny nose', '{name} got shocked by his ICD during dinner, feels fine now',
        "remote monitor for {name}'s pacemaker hasnt sent anything in 2 weeks", 'transplant coordinator {first} said draw the tacrolimus level before the morning dose?',
        'living donor workup for {name}, she wants to give a kidney to {relative}', 'school nurse here: {first} in 2nd grade has a fever of 101, please pick up',
        "dear parents of {name}, your child's shot record is missing the second MMR", 'occ health: {name} from the loading dock needs a post-accident screen today',
        'our employee {name} was cleared for light duty by {provider}', 'veterans clinic: {provider} is my new PACT team doc, when do i meet her',
        'ngl {first} at the front desk is lowkey the nicest person there', 'bruh {first} said my mono test was positive, can i still go to prom',
        '{first} here (the son in {city}), pls add me to the release for mom', 'sibling chat recap: {first} takes mom to cardiology, {first} does the pharmacy, i do billing',
        'her legal name is {name} but everyone calls her {first}', '{first}-{first} with the hyphen, pls fix the ankle band', 'ask for {titled} at the sliding fee window, she knows my case',
        '{name}, {name} and {name} all need TB tests before orientation', 'RN {first} did my pacemaker check and said the battery looks great',
        "this is {first}, {relative}'s neighbor, she asked me to message for her", "so grateful to {provider} and {first}, the whole hospice team really",
        "{name}'s epipen at school expired, can {provider} send a new one", 'update the hospice contact sheet: first call {name}, backup {name}',
        'signed,\n{name}\n(POA for {relative})', 'thx so much!! -{first} 🙏', 'MEMBER {name} WANTS TO CHANGE PCP TO {provider}', 'my VSO rep {first} told me to write to you',
        'saw {provider}, the sleep doc, she thinks it could be narcolepsy', "i'm {name}'s daughter, she lives in {city} and i don't, can i get updates by text",
        'the allergy shot nurse (i think {first}?) made me wait the full 30 min, is that the rule', 'mom and {first} aka {first} are both on the HIPAA form', 'FROM: {name}\nRE: hospice bed pickup',
      ],
      es: [
        'mija soy tu abuela, dile a {first} que ya me llego la tarjeta del seguro y no se como se usa', 'la señorita {name} de servicios al afiliado dice que la tarjeta de productos se recarga cada trimestre',
        'quiero cambiar mi medico de cabecera, ya no quiero a {provider}', 'el chofer del transporte del plan, {first}, le subió las bolsas a mi papá, qué amable',
        'la enfermera de la farmacia especializada, {first}, viene a enseñarle a {relative} a inyectarse', 'línea de hospicio: {relative} no puede dormir, puede venir {first} la de guardia?',
        'en sala de partos solo pueden pasar {name} y {name}', 'para el acta de nacimiento el papá es {name}', 'ya nació!! se llama {name} 💕 con esa ortografía por favor',
        'el tamiz neonatal de la bebé de {name} hay que repetirlo?', 'seguimiento de crisis: soy {first}, sigo usando mi plan de seguridad',
        'en la ventanilla de cuota reducida me atendió {first}, traje los talones de pago', 'la doctora de heridas, {provider}, quiere que mi papá use la bota de descarga',
        'pregunta para {provider}: {first} puede hacer la prueba de reto con leche si tiene moco?', 'a {name} le dio una descarga el desfibrilador mientras cenaba',
        'la coordinadora de trasplante, {first}, dijo que el tacrolimus se saca antes de la pastilla', '{name} quiere donarle un riñón a {relative}',
        'enfermería escolar: {first} de segundo grado tiene fiebre, favor de pasar por él', 'salud ocupacional: {name} del andén necesita su prueba después del accidente',
        'el veterano {name} pide cita con {provider}', 'qué onda, soy {first} de la prepa, me pueden dar la receta sin que se entere mi jefa?',
        'soy {first}, la hija que vive en {city}, me pueden poner en la autorización de mi mamá?', 'en sus papeles sale {name} pero todos le dicen {first}',
        'pregunten por {titled} en la ventanilla, ella lleva mi caso', 'atentamente,\n{name}', 'gracias a {provider} y a {first} por cuidar a mi papá en sus últimos días',
        '{first}, {first} y yo hacemos rol para llevar a mi papá al centro de trasplante', 'la trabajadora social {name} nos ayudó con los papeles del hospicio',
        'ya hablé con la Sra. {first} y dice que mañana', 'Dra. {name}, disculpe, a mi hijo le salieron ronchas después de la vacuna de alergia', 'soy yo otra vez, {first} jaja',
        'la pulsera de {name} trae otro apellido, está mal', 'DE: {name}\nPARA: clínica de marcapasos', 'mi nieto {first} me ayuda con el celular, el te va a escribir',
        'hi, soy {name}, the flex card no pasa en la farmacia', 'la enfermera {first} y el doctor {name} firmaron el alta',
      ],
    },
    DATE: {
      en: [
        'does the OTC allowance reset {date}? want to order before it goes away', 'my new PCP assignment is effective {date}', 'dental rider: last cleaning was {date}, am i due again',
        'ride benefit pickup {date} 9am for dialysis', 'first humira box arrives {date}, someone has to sign for it', 'injection training booked for {date}, do i bring the pens',
        'ice packs were melted when the box came {date}, is it still good', 'hospice admitted dad {date}, when is the team meeting', 'she passed peacefully at home {date} around 4am',
        'induction set for {date} at 7pm', 'baby arrived {date}!!! 8 lb 2 oz', 'newborn screen was drawn {date}, any results yet?', 'crisis visit was {date} and the follow-up call never came',
        'sliding fee approval good until {date}?', 'wound first opened up {date}, bigger since', 'HST device pickup {date}, returned next morning', 'allergy shots started {date}, now on maintenance',
        'pacemaker went in {date}, when is the wound check', 'next remote transmission {date}, do i have to be home', 'transplant anniversary {date} - 5 yrs!!',
        'immunizations have to be current by {date} or she cant start school', 'DOI {date}, hurt my back lifting boxes at work', 'released to full duty {date}',
        'got out of the army {date}, need records for the C&P', 'the member birthdate you have is off by a day, it is {dobRaw}', 'caller is the member, {dob}, wants a new PCP',
        "mom's {dob}, she's on hospice at home", 'from {date} thru {date} i was out of the country and missed 2 shots', 'any openings the wk of {date}?',
        'no later than {date} for the sports physical form', 'cycle started {date} and still spotting lol is that normal', 'grandma bday is {dobRaw} not what the card says',
      ],
      es: [
        'la tarjeta de productos se recarga el {date}?', 'el cambio de médico de cabecera entra el {date}', 'mi ultima limpieza dental fue el {date}, ya me toca?',
        'el transporte me recoge el {date} para la dialisis', 'el primer envío del biológico llega el {date}, alguien tiene que firmar', 'la capacitación para inyectarme es el {date}',
        'llegó la caja el {date} con el hielo derretido, sirve la medicina?', 'lo admitieron al hospicio el {date}', 'la inducción quedó para el {date}',
        'nació el {date} a las 3 de la mañana', 'el tamiz neonatal se tomó el {date}', 'la consulta de crisis fue el {date}, quedaron de llamarme y nunca', 'la cuota reducida me vence el {date}?',
        'me prestaron el aparato con sensores para dormir el {date}', 'empecé las vacunas de alergia el {date}', 'le pusieron el marcapasos el {date}', 'la próxima transmisión remota es el {date}',
        'el aniversario del trasplante es el {date}', 'el accidente de trabajo fue el {date}', 'regreso a trabajar el {date} sin restricciones', 'la cartilla de vacunación se entrega antes del {date}',
        'mi abuelita nacio el {dobRaw}, lo pueden corregir', 'afiliado con {dob}, quiere cambiar de médico', 'del {date} al {date} estuve fuera del país', 'hay lugar la semana del {date}?',
        'mija la cita de la presion es el {date} o el {date}? no me acuerdo',
      ],
    },
    AGE_OVER_89: {
      en: [
        'member is {ageRaw} and cant do the steps into the van, does the ride benefit send a lift', 'grandpa, {ageRaw}, outlived two pacemakers and now they want a third',
        'hospice patient, {ageRaw}, stopped eating yesterday', 'celebrating {ageRaw} this weekend at the nursing home 🎂', 'WWII vet, {ageRaw} this spring, still drives himself to the VA',
        'at {ageRaw} is a kidney transplant even on the table?', 'allergy skin testing on someone {ageRaw}? her skin is so thin', 'home sleep test for grandma, she is {ageRaw} and snores like a train',
        'my great grandma is {ageRaw} and wants the shingles shot', 'dad will be {ageRaw} on sunday, can the device check be done from home', 'pt is a {ageRaw} y/o female with a heel wound',
        '{age90}, lives alone, does the dental rider cover dentures?', 'MOM IS {ageRaw}!! WHY DOES SHE NEED A DRUG TEST TO VOLUNTEER', 'still sharp at {ageRaw}, just deaf as a post lol',
      ],
      es: [
        'mi abuelita ya anda en los {ageRaw} y no puede subir los escalones de la camioneta', 'con sus {ageRaw} años sigue yendo a misa caminando', 'ya va para los {ageRaw}, le conviene el marcapasos nuevo?',
        'paciente de hospicio, {ageRaw} años, ya no quiere comer', 'cumple {ageRaw} el domingo, le hacemos fiesta en la residencia', 'a los {ageRaw} se puede trasplantar un riñón?',
        'mi bisabuela {age90}, quiere la vacuna del herpes', 'veterano de {ageRaw} años, necesita transporte a la clínica', 'una señora de {ageRaw}, la herida del talon no cierra',
        'a sus {ageRaw} todavía ronca bien fuerte jaja', 'MI PAPA TIENE {ageRaw} AÑOS Y NO ENTIENDE EL MONITOR', 'la abuela, {ageRaw} añitos, se cayó en el baño',
      ],
    },
    ADDRESS: {
      en: [
        'OTC catalog stuff goes to {address} now, we sold the house', 'ride benefit should pick me up at {address}, i wait by the mailbox', 'deliver the biologic to my work, {address}, the fridge there is reliable',
        'cold box sat on the porch at {address} for 6 hours', 'the hospital bed from hospice needs to come to {address}, the ramp is on the side', "for the birth certificate, mother's address is {address}",
        'will the newborn screening letter go to {address}?', 'send the pacemaker home monitor to {address}, we moved in with our daughter', 'is transplant housing still at {address}',
        'my dad lives in {city} and im 3 hrs away, any device clinic near him', 'any sliding fee clinic in {city}?', 'is the sleep lab at {address} or the new building',
        'employee works at our {city} warehouse, which occ health clinic do they use', 'closest veterans clinic to {zipRaw}?', 'dental offices in network near zip {zipRaw}',
        'the school nurse office moved to {address}', 'mom is in {city}, my brother is in {city} and i am in {city}, who should be the contact', 'the hearing rider sends free batteries, mine should go to {address}',
        'adress on my member card is wrong, its {address}', 'im at my grandmas in {city} all summer, can i still get my allergy shots',
      ],
      es: [
        'manden el pedido de productos a {address}, ya no vivo en la otra casa', 'que el transporte del plan me espere en {address}, yo salgo al portón', 'la medicina con hielo llegó a {address} y la dejaron al sol',
        'la cama que presta el hospicio va a {address}, la rampa está de lado', 'para el acta de nacimiento, domicilio de la mamá: {address}', 'el monitor del marcapasos a {address}, ahora vivimos con mi hija',
        'la casa para pacientes de trasplante sigue en {address}?', 'mi papá vive en {city} y yo lejos, hay clínica de marcapasos cerca de él?', 'hay clínica de cuota reducida en {city}?',
        'la direcion de mi tarjeta esta mal, es {address}', 'clínica de veteranos cerca del {zipRaw}?', 'el trabajador está en la bodega de {city}, a qué clínica lo mando?',
        'los audífonos nuevos del plan mándenlos a {address}', 'mija mandame la medicina a {address} que aca no hay farmacia', 'estoy con mi abuela en {city} todo el verano, ahí me ponen las vacunas de alergia?',
        'mi mamá en {city}, mi hermano en {city} y yo aquí, quién queda de contacto?',
      ],
    },
    PHONE: {
      en: [
        'member services called me from {phoneRaw}, is that really the plan?', 'ride dispatch {phoneRaw} gave me a 3 hr window', 'specialty pharmacy pls call my work line {phoneRaw} before you ship',
        'hospice on-call: my brother first {phoneRaw}, then me {phoneRaw}', 'grandma only has a landline, {phoneRaw}, talk loud', "L&D: dad's cell is {phoneRaw} if she goes into labor",
        'the remote monitor keeps dialing {phoneRaw} at 2am??', 'if a kidney offer comes in call {phoneRaw} any time, phone never off', 'school nurse, best # for pickup is {phoneRaw}',
        'supervisor cell {phoneRaw} for the post accident results', 'text me {phoneRaw} not my mom pls 🙏', 'im the son in {city}, my number {phoneRaw}', 'new phnoe # {phoneRaw}',
        '{phone} <- vet callback, ok to leave a msg',
      ],
      es: [
        'me llamaron de servicios al afiliado del {phoneRaw}, sí son ustedes?', 'la central del transporte {phoneRaw} me dio una ventana de 3 horas', 'de la farmacia especializada llámenme al trabajo {phoneRaw} antes de mandar',
        'hospicio: primero a mi hermano {phoneRaw}, luego a mí {phoneRaw}', 'mi abuela solo tiene telefono de casa {phoneRaw}, hablenle fuerte', 'el cel del papá es {phoneRaw} por si empieza el trabajo de parto',
        'si sale un riñón llámenme al {phoneRaw} a la hora que sea', 'enfermería escolar, para recogerlo marquen al {phoneRaw}', 'escríbanme al {phoneRaw} y no a mi mamá porfa',
        'soy la hija en {city}, mi numero {phoneRaw}', 'el numero de mi supervisor {phoneRaw}, para los resultados', '{phone} es el de la casa de mi abuelita',
      ],
    },
    FAX: {
      en: [
        'HR fax for the return to work note: {faxRaw}', 'school nurse fax {faxRaw}, the allergy action plan needs a signature', 'specialty pharmacy prior auth, fax back to {faxRaw}',
        'VA community care office fax {faxRaw}', 'transplant center wants the local labs faxed, {faxRaw}', 'device clinic fax {faxRaw} for the interrogation report',
        'hospice pharmacy takes orders at {faxRaw}, pls use that one', 'pls {fax} - sleep lab, attn scoring',
      ],
      es: [
        'fax de recursos humanos para el alta laboral: {faxRaw}', 'fax de la enfermería de la escuela {faxRaw}, falta la firma del plan de alergia', 'la autorización de la farmacia especializada, regrésenla al fax {faxRaw}',
        'el centro de trasplante quiere los laboratorios por fax, {faxRaw}', 'fax de la clínica de marcapasos {faxRaw} para el reporte', 'la farmacia del hospicio recibe órdenes al {faxRaw}', '{fax}, laboratorio del sueño',
      ],
    },
    EMAIL: {
      en: [
        'OTC catalog order confirmation should go to {email}', 'send the injection training video to {email}', 'school nurse, email me at {email} if he needs his inhaler again',
        "hospice weekly updates to {email} please, i'm the daughter out of state", 'crisis safety plan copy to {email}? i deleted it by accident', 'occ health, fit test results to {email} (HR)',
        'transplant coordinator emailed from {email}, is that legit', 'my son (17) wants his results at {email} not mine, is that allowed', 'sliding fee decision letter to {email}',
      ],
      es: [
        'la confirmación del pedido de productos a {email}', 'manden el video de cómo inyectarse a {email}', 'enfermera, escríbame a {email} si le da asma otra vez',
        'las noticias del hospicio a {email} por favor, vivo en otro estado', 'los resultados de la prueba de ajuste a {email}', 'la carta de la cuota reducida a {email}', 'mi correo es {email} pero mi nieto lo revisa',
      ],
    },
    URL: {
      en: [
        'the OTC catalog link {url} says my card is not eligible', "mom's caringbridge page is {url}, the hospice team can follow along there", 'remote monitoring portal {url} wont let me in',
        'our gofundme for the transplant {url} 🙏', 'school health forms are at {url}?', 'injection training video {url} says private', 'photo album for the L&D nurses who helped us {url}',
      ],
      es: [
        'el link del catálogo {url} dice que mi tarjeta no aplica', 'la página de mi mamá {url}, ahí pueden seguirla los del hospicio', 'el portal del monitor {url} no me deja entrar',
        'hicimos una vaquita en línea para el riñón de mi papá {url} 🙏', 'las formas de salud de la escuela están en {url}?', 'el video para inyectarse {url} sale privado',
      ],
    },
    IP_ADDRESS: {
      en: [
        'pacemaker home monitor shows {ip} on the settings screen', 'sleep lab says the bipap modem reports from {ip}, is that mine', "school chromebook {ip} can't open the health portal",
        'work vpn gives me {ip} and the member portal blocks it', 'someone logged into my OTC account from {ip}', 'VA video visit keeps dropping, my ip is {ip}',
      ],
      es: [
        'el monitor del marcapasos marca {ip} en la pantalla', 'la chromebook de la escuela {ip} no abre el portal de salud', 'hubo un inicio de sesión raro en la tarjeta de productos desde {ip}',
        'la videoconsulta se cae, mi ip es {ip}', 'desde el trabajo salgo con {ip} y el portal me bloquea',
      ],
    },
    SSN: {
      en: [
        "for the newborn's social security card, mother's ssn {ssnRaw}", "birth certificate worksheet wants dad's social: {ssnRaw}", 'sliding fee form wants my social or itin, {ssnRaw}',
        'HR says employee health cant open my chart without my ssn, {ssnRaw}', 'VA disability claim was filed with my social, {ssnRaw}', 'transplant financial clearance asked for {ssnRaw}',
        'hospice: his ss # for the death certificate is {ssnRaw}', 'my 16 yo needs his own soical for the work permit physical {ssnRaw}',
      ],
      es: [
        'para la tarjeta del seguro social del bebé, el de la mamá: {ssnRaw}', 'la hoja del acta de nacimiento pide el social del papá: {ssnRaw}', 'la forma de cuota reducida pide social o ITIN, {ssnRaw}',
        'el reclamo del VA va con mi social, {ssnRaw}', 'hospicio: su seguro social para el acta de defunción {ssnRaw}', 'mija el seguro social de tu abuelo es {ssnRaw}, no lo pierdas',
      ],
    },
    MRN: {
      en: [
        "baby's hospital number {mrnRaw}, it's on her ankle band", "mom's chart at L&D is {mrnRaw}", 'device clinic patient # {mrnRaw}', 'transplant center number {mrnRaw}',
        'sleep study number {mrnRaw}', 'allergy chart {mrnRaw}', 'hospice patient number {mrnRaw}', 'specialty pharmacy patient profile {mrnRaw}', 'employee health file {mrnRaw}',
        'sliding fee file no. {mrnRaw}', 'crisis episode # {mrnRaw}', 'student health record {mrnRaw}',
      ],
      es: [
        'número de la pulsera del bebé {mrnRaw}', 'el expediente de la mamá en partos es {mrnRaw}', 'número de paciente en la clínica de marcapasos {mrnRaw}', 'número del centro de trasplante {mrnRaw}',
        'expediente de alergias {mrnRaw}', 'el hospicio le asignó el número {mrnRaw}', 'expediente de salud del empleado {mrnRaw}', 'folio de cuota reducida {mrnRaw}', 'registro de crisis {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'advantage plan member number {planRaw}, flex card says declined', 'OTC allowance is tied to {planRaw}', 'PCP change request for {planRaw}', 'is the hearing rider on {planRaw}?',
        'add the baby to my plan, {planRaw}', 'Tricare {planRaw}, does the VA bill that', 'CHAMPVA {planRaw}', 'hospice election filed under {planRaw}', 'biologic prior auth under {planRaw}',
        'kidney transplant covered by {planRaw}? or the ESRD medicare', 'memebr id on the back says {planRaw}', 'school wants the insurance number, {planRaw}', 'hurt at work but bill my own insurance {planRaw}?',
      ],
      es: [
        'número de afiliado del plan advantage {planRaw}, la tarjeta sale rechazada', 'la tarjeta de productos va con {planRaw}', 'cambio de médico para {planRaw}', 'agreguen al bebé a mi seguro, {planRaw}',
        'CHAMPVA {planRaw}', 'el hospicio quedó bajo {planRaw}', 'la autorización del biológico va por {planRaw}', 'el trasplante lo cubre {planRaw}?', 'numero de miembor atras de la tarjeta {planRaw}',
        'mija el del seguro de tu abuela es {planRaw}',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'sliding fee balance acct {acctRaw}, can i do $20 a month', 'HSA {acctRaw} for the specialty copay', 'FSA {acctRaw} reimbursement for the breast pump', 'VA travel pay direct deposit to {acctRaw}',
        'hospice refund to the estate checking {acctRaw}', 'payment plan account {acctRaw} for the delivery bill', 'which account is the device clinic bill on, {acctRaw}?', 'dads pension deposits into {acctRaw}, use that for autopay',
      ],
      es: [
        'cuenta del saldo de cuota reducida {acctRaw}, puedo pagar $200 pesos al mes?', 'cuenta HSA {acctRaw} para el copago', 'el depósito del viaje del VA a {acctRaw}', 'el reembolso del hospicio a la cuenta de la sucesión {acctRaw}',
        'plan de pagos del parto, cuenta {acctRaw}', 'la pensión de mi papá cae en {acctRaw}',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        "mom's drivers license {licRaw} for the birth certificate ID check", 'warehouse guy also drives the box truck, license {licRaw}', 'hospice nurse license {licRaw} is on the visit note',
        'pharmacist license {licRaw} on the specialty label', 'prescriber DEA {licRaw} for the xyrem REMS form', 'passport {licRaw}, i live overseas and use the Foreign Medical Program',
        'DMV id card {licRaw}, the sliding fee desk wanted a photo id', 'my learner permit {licRaw} is my only id lol',
      ],
      es: [
        'licencia de manejo de la mamá {licRaw} para el acta', 'pasaporte {licRaw}, vivo fuera y uso el programa médico del extranjero', 'cédula profesional de la enfermera del hospicio {licRaw}',
        'DEA del médico {licRaw} para la forma de xyrem', 'mi permiso de aprendiz {licRaw} es la única identificación que tengo', 'licencia de chofer del trabajador {licRaw}',
      ],
    },
    NPI: {
      en: ['device clinic ordering doc npi {npiRaw}', 'specialty pharmacy needs the prescriber NPI {npiRaw}', 'sleep doc NPI {npiRaw} for the bipap order', 'school form asks for the allergist npi {npiRaw}', 'hospice attending npi {npiRaw}'],
      es: ['npi del cardiólogo {npiRaw}', 'la farmacia especializada pide el NPI del médico {npiRaw}', 'npi de la alergóloga {npiRaw} para la forma de la escuela', 'npi del médico del hospicio {npiRaw}'],
    },
    VEHICLE_ID: {
      en: [
        'ride benefit van plate {vehicleRaw} left without me', 'company truck {vehicleRaw}, the post-accident test is for the driver', 'DAV van {vehicleRaw} brings the vets in on tuesdays',
        'L&D visitor parking, our car is {vehicleRaw}', "hospice nurse's car {vehicleRaw} is blocking our driveway lol", 'my car {vehicleRaw} got ticketed in the sleep lab lot overnight',
        'VIN {vehicleRaw} for the disabled placard form',
      ],
      es: [
        'la camioneta del transporte, placas {vehicleRaw}, se fue sin mí', 'la unidad de reparto {vehicleRaw} chocó, la prueba es para el chofer', 'estacionamiento de partos, nuestro carro es {vehicleRaw}',
        'el carro de la enfermera del hospicio {vehicleRaw} tapa la cochera', 'mija las placas de la troca de tu abuelo son {vehicleRaw}',
      ],
    },
    DEVICE_ID: {
      en: [
        'pacemaker serial {deviceRaw} per the wallet card', 'home monitor sn {deviceRaw} is blinking orange', 'loop recorder {deviceRaw} needs to be paired again', 'the temp logger in the cold box, {deviceRaw}, says it got warm',
        'home sleep test unit {deviceRaw}, sent back in the prepaid box', "baby's security tag {deviceRaw} keeps setting off the door alarm", 'bipap {deviceRaw} from the VA whistles all night',
        'hospice loaned us a tablet, {deviceRaw}, for video visits',
      ],
      es: [
        'serie del marcapasos {deviceRaw} según la tarjetita', 'el monitor de la casa {deviceRaw} parpadea naranja', 'el registrador del corazón {deviceRaw} hay que emparejarlo otra vez',
        'el termómetro de la caja fría {deviceRaw} marca que se calentó', 'la etiqueta de seguridad del bebé {deviceRaw} suena en la puerta', 'la cajita de la prueba de apnea en casa, serie {deviceRaw}, ya la mandé de regreso',
      ],
    },
    CREDIT_CARD: {
      en: [
        'OTC flex card number {cardRaw}, balance shows $0', 'specialty copay on {cardRaw} pls', 'sliding fee visit is $25, charge {cardRaw}', 'newborn photo package on {cardRaw}',
        'pay the ambulance bill for dad with {cardRaw}', 'dad gave me his card to pay, {cardRaw}', 'school sports physical fee on {cardRaw}',
      ],
      es: [
        'el número de la tarjeta de productos {cardRaw}, sale saldo en cero', 'el copago de la farmacia especializada con {cardRaw}', 'la consulta de cuota reducida, cóbrenla a {cardRaw}',
        'las fotos del bebé con {cardRaw}', 'mi papá me dio su tarjeta para pagar, {cardRaw}', 'mija paga con mi tarjeta {cardRaw} y luego me dices',
      ],
    },
    IBAN: {
      en: [
        'Foreign Medical Program reimbursement to {ibanRaw}', 'my mother lives in spain, refund to her pension account {ibanRaw}', 'refund the birth certificate fee to {ibanRaw}, we are back home in germany',
        'my brother abroad wants to chip in for the hospice bill, his iban {ibanRaw}', 'can the transplant fundraiser pay out to {ibanRaw}?',
      ],
      es: [
        'el reembolso del programa médico del extranjero a {ibanRaw}', 'mi mamá vive en España, el reembolso a su cuenta de la pensión {ibanRaw}', 'devuelvan la cuota del acta a {ibanRaw}, ya regresamos',
        'mi hermano desde fuera quiere ayudar con el hospicio, su IBAN {ibanRaw}', 'mija la cuenta de tu abuela alla en espana es {ibanRaw}',
      ],
    },
  },
  idFrames: {
    en: [
      'member services asked me for {X}', 'the flex card activation line wants {X}', 'specialty pharmacy intake: {X}', 'hospice admission paperwork, page 2: {X}', 'L&D registration form - {X}',
      'the device clinic front desk needs {X}', 'transplant financial coordinator: {X}', 'sliding fee desk said bring {X}', 'occ health intake sheet: {X}', 'VA eligibility asked {X}',
      "for grandma's file, {X}", 'ok here {X} lmk', 'copied from the letter -> {X}', 'pls dont tell my parents, {X}',
    ],
    es: [
      'servicios al afiliado me pidió {X}', 'la línea para activar la tarjeta pide {X}', 'ingreso a la farmacia especializada: {X}', 'papeles del hospicio, hoja 2: {X}', 'registro de partos - {X}',
      'en recepción de marcapasos necesitan {X}', 'la de finanzas de trasplante: {X}', 'en cuota reducida me dijeron que traiga {X}', 'hoja de salud ocupacional: {X}', 'para el expediente de mi abuela, {X}',
      'ahi te va mija {X}', 'lo copié de la carta -> {X}', 'no le digan a mis papás, {X}',
    ],
  },
  mixed: {
    en: [
      'member {name}, {dob}, {plan}, wants PCP changed to {provider}', 'OTC order for {name}, ship to {address}, confirmation to {email}', 'ride benefit: {name} from {address} on {date}, callback {phoneRaw}',
      'specialty pharmacy new start: {name} {dobRaw}, {plan}, prescriber {provider} {npi}, fax {faxRaw}', 'hospice: {relative} ({ageRaw}), {mrn}, primary contact {name} {phoneRaw}',
      'L&D: mom {name}, {dob}, dad {name}, baby band {mrnRaw}', 'birth certificate worksheet: mother {name}, {ssn}, address {address}', 'crisis follow-up for {name}, {dob}, ok to text {phoneRaw}',
      'sliding fee app: {name}, household of 4, {ssn}, {email}', 'device clinic: {name}, pacemaker serial {deviceRaw}, next check {date}', 'transplant: {name} {mrn}, offer call {phoneRaw}, backup {relative} {phoneRaw}',
      'school nurse: {name} in room 114, parent {name} {phoneRaw}, {plan}', 'occ health: employee {name}, DOI {date}, truck {vehicleRaw}, HR fax {faxRaw}', 'veteran {name}, {dob}, travel pay to {acctRaw}',
      'son in {city} here - dad is {name}, {dob}, his card {cardRaw}', 'ngl my name is {name} and my email is {email} dont call my house',
    ],
    es: [
      'afiliado {name}, {dob}, {plan}, quiere cambiar a {provider}', 'pedido de productos para {name}, enviar a {address}, confirmación a {email}', 'transporte: {name} de {address} el {date}, tel {phoneRaw}',
      'farmacia especializada: {name} {dobRaw}, {plan}, médico {provider}, fax {faxRaw}', 'hospicio: {relative} ({ageRaw}), contacto {name} {phoneRaw}', 'partos: mamá {name}, {dob}, papá {name}, pulsera {mrnRaw}',
      'acta de nacimiento: madre {name}, {ssn}, domicilio {address}', 'seguimiento de crisis de {name}, {dob}, se puede mensaje al {phoneRaw}', 'cuota reducida: {name}, {ssn}, correo {email}',
      'marcapasos: {name}, serie {deviceRaw}, próxima revisión el {date}', 'trasplante: {name} {mrn}, llamar al {phoneRaw} o a {relative}', 'mija soy {name}, vivo en {address}, mi telefono {phoneRaw}',
      'hola, soy {name}, the OTC card {cardRaw} no pasa', 'veterano {name}, {dob}, el depósito a {acctRaw}',
    ],
  },
  negatives: {
    en: [
      ['planname', 'is plan H5216-312 the one with the $0 dental?'], ['price', 'OTC allowance is $75 a quarter, does unused roll over'], ['price', 'Part B giveback $174.70, when does it show up'],
      ['price', 'hearing aids $699 per ear thru the plan, worth it?'], ['price', 'vision rider gives $200 for frames, V2020 billed separately?'], ['phone-word', 'should i call 1-800-MEDICARE or you guys'],
      ['phone-word', 'TTY 711 works for my deaf husband?'], ['count', '24 one-way rides a year on the transportation benefit, does a round trip count as 2'], ['word', 'can i use the gym benefit at any gym or just silversneakers'],
      ['word', 'does the flex card work at the dollar store for vitamins'], ['cpt', 'G0438 vs G0439, is my wellness visit free this year'], ['cpt', '99497 advance care planning shows a copay'],
      ['hcpcs', 'A0130 wheelchair van, covered under the ride benefit?'], ['word', 'may i change my PCP mid year or only during open enrollment'], ['word', 'i march into that office every month and nobody helps'],
      ['brand', 'dr pepper zero ok with my kidney diet?'], ['brand', 'mrs. dash instead of salt, the dietitian said'], ['brand', 'dr. scholls inserts for the wound boot?'], ['brand', 'jimmy dean sausage too salty for the transplant diet?'],
      ['brand', 'marie callenders pot pie, how much sodium lol'], ['brand', 'sara lee bread has a lot of potassium?'], ['city', 'boston market chicken after the sleep study'], ['city', 'philadelphia cream cheese on a bagel before the glucose test'],
      ['drug', 'humira 40 mg/0.4 mL pen, the citrate free one?'], ['drug', 'dupixent 300 mg every 2 weeks, can i shift it a day'], ['drug', 'cosentyx or skyrizi for psoriasis, which one is less shots'],
      ['drug', 'tezspire vs fasenra vs nucala, my allergist cant decide'], ['temp', 'keep it at 36-46 F, the box says 2-8 C'], ['temp', 'let the pen sit 30 min at room temp before'],
      ['lot', 'lot 3F092A is the one on my box, any recall?'], ['bin', 'copay card BIN 610020, the pharmacy says it wont process'], ['word', 'sharps container is full, where do i drop it'],
      ['ndc', 'specialty pharmacy says {ndc} is the citrate free pen'], ['hcpcs', 'J0135 on my EOB, thats the humira right'], ['hcpcs', 'J2357 xolair billed under medical not pharmacy?'],
      ['cpt', '96372 injection fee when i do it myself at home??'], ['tracking', 'cold chain box {tracking} sat at the hub overnight'], ['order', 'biologic {order} shipped, ice packs included?'],
      ['dose', 'oral morphine concentrate 20 mg/mL, 0.25 mL under the tongue, is that right'], ['dose', 'lorazepam 0.5 mg SL from the comfort kit'], ['word', 'comfort kit is in the fridge door, is that ok'],
      ['word', 'respite for 5 days while we go to the funeral?'], ['word', 'ward 3 at the inpatient hospice, is there parking'], ['word', 'mom loves earl grey, can she still have it'],
      ['word', 'we sang christmas carols at her bedside last night'], ['holiday', 'nurse visit on thanksgiving day still happening?'], ['word', 'the hospice aide brought daisy and lily bouquets, so sweet'],
      ['vitals', 'PPS 30%, FAST 7c, what does that mean'], ['word', 'she is at the mercy of the pain meds now'], ['word', 'ok will do'], ['word', 'thank u all so much ❤️'],
      ['vitals', 'APGAR 8 and 9, thats good right?'], ['vitals', '7 lb 11 oz, 20.5 in'], ['lab', 'TcB 9.8 at 36 hrs, do we need the lights'], ['ratio', 'CCHD screen 98/99 passed'], ['vitals', '39w2d and dilated 4 cm'],
      ['room', 'mother-baby 4 west room 12, can grandparents come up'], ['word', 'the hugs tag beeped when we walked to the nursery door'], ['word', 'is vitamin K and the eye ointment optional'],
      ['cpt', '59510 on the bill, it was a c-section'], ['cpt', '99460 newborn day 1, why is it separate'], ['icd', 'O80 on my claim, uncomplicated delivery'], ['icd', 'Z38.00 on the baby bill'],
      ['icd', 'P59.9 jaundice, is that serious'], ['word', 'how many visitors at once in L&D?'], ['word', 'can my mom stay overnight on the pull out couch'],
      ['word', 'is 988 the number or the mobile crisis team?'], ['word', 'the safety plan says call my brother, but he is deployed'], ['cpt', '90839 crisis session billed at 60 min?'],
      ['word', 'feeling a little better today, thanks for checking'], ['word', 'i have a melody stuck in my head that keeps me calm, weird tip but it works'], ['word', 'destiny or not, i want to get better'],
      ['price', 'sliding fee nominal fee $25, even for labs?'], ['ratio', 'we are at 200% FPL with a household of 4'], ['word', 'do i need a W-2 or the 1040 for the sliding scale'],
      ['word', 'tier B on the sliding fee, what does that cover'], ['word', 'the clinic on the corner by the taco truck, is that you guys'], ['word', 'i can bring my paystubs on {weekday}'],
      ['vitals', 'ABI 0.62 on the left'], ['vitals', 'TcPO2 38 mmHg, enough to heal?'], ['vitals', '40 dives at 2.4 ATA in the chamber'], ['wound', 'wound 4.2 x 3.1 cm, 60% granulation'],
      ['cpt', '97605 wound vac billed twice'], ['cpt', '11042 debridement each week?'], ['hcpcs', 'A6021 collagen dressing not covered'], ['icd', 'L97.422 vs E11.621 on the claim'],
      ['word', 'unna boot felt tight, can i loosen it'], ['word', 'the clay colored drainage is new'], ['word', 'the river walk near the clinic is great for my daily walk'],
      ['lab', 'AHI 18.4, ODI 12, SpO2 nadir 84%'], ['lab', 'MSLT mean latency 4.5 min with 3 SOREMPs'], ['ratio', 'ESS 16/24, is that sleepy'], ['cpt', '95806 home sleep test copay'],
      ['hcpcs', 'E0470 bipap, 90 day compliance?'], ['hcpcs', 'A7034 mask every 3 months'], ['icd', 'G47.411 narcolepsy with cataplexy'], ['drug', 'xyrem 4.5 g twice a night, 2nd dose alarm'],
      ['drug', 'wakix or sunosi, which one less headaches'], ['drug', 'ambien 5 mg the night of the study?'], ['word', 'misty eyes every morning from the mask'], ['word', 'stormy night, power went out, bipap off'],
      ['lab', 'wheal 8 mm to dust mite'], ['lab', 'peanut IgE 14.2 kU/L, ara h 2 3.1'], ['lab', 'total IgE 480'], ['dose', 'epipen 0.3 mg vs epipen jr 0.15 mg, she is 55 lbs'],
      ['dose', 'xolair 300 mg every 4 weeks'], ['dose', 'build up dose 0.05 mL, next is 0.10'], ['drug', 'palforzia 300 mg maintenance'], ['drug', 'odactra under the tongue, itchy mouth normal?'],
      ['drug', 'auvi-q talks to you lol, is it better'], ['cpt', '95004 x 40 skin pricks'], ['cpt', '95024 intradermal'], ['cpt', '95117 two injections'], ['cpt', '86003 specific IgE panel'],
      ['icd', 'Z91.010 peanut allergy on the school form'], ['word', 'ragweed season is brutal'], ['word', 'rosemary and sage in the garden make me sneeze'], ['word', 'violet flowers ok for allergies?'],
      ['word', 'kitty litter dust sets off my asthma'], ['word', 'terry cloth towels make my eczema worse'],
      ['lab', 'RV pacing 38%, AF burden 2.1%'], ['vitals', 'lead impedance 540 ohms'], ['vitals', 'threshold 0.75 V @ 0.4 ms'], ['vitals', 'DDDR lower rate 60'], ['vitals', 'battery 8.5 yrs left'],
      ['city', 'boston scientific or medtronic, which device do i have'], ['word', 'is mycarelink the same as the bedside monitor'], ['cpt', '93294 remote check every 91 days'], ['cpt', '93296 and 93279 same month?'],
      ['cpt', '93280 ICD programming'], ['icd', 'Z95.0 and Z45.010 on the device visit'], ['icd', 'I48.91 afib, does that change the settings'], ['word', 'can i go through airport security with the pacemaker'],
      ['word', 'magnet over the device, what does that do'], ['word', 'is the pacemaker MRI conditional'],
      ['lab', 'tacrolimus trough 7.8, creatinine 1.3, eGFR 58'], ['lab', 'BK PCR not detected'], ['lab', 'cPRA 42%'], ['ratio', '3 of 6 HLA match, good?'], ['drug', 'envarsus 4 mg vs prograf split dose'],
      ['drug', 'cellcept or myfortic, stomach issues'], ['drug', 'valcyte 450 mg for how long'], ['dose', 'bactrim SS mon wed fri'], ['cpt', '50360 on the bill'], ['cpt', '80197 level every week'],
      ['hcpcs', 'J7503 and J7517 billed under part B'], ['icd', 'T86.11 on the biopsy, is that rejection'], ['word', 'can i have grapefruit on tacrolimus?'], ['word', 'chuck roast ok on the low potassium diet?'],
      ['word', 'beef patty or turkey burger with the kidney'], ['word', 'can my brother be a donor if he smokes'], ['word', 'phone by the bed all night waiting for the call'],
      ['word', 'head lice letter came home in the folder, what do we do'], ['word', 'is fluoride varnish at school optional'], ['ratio', 'vision screening 20/30 both eyes'], ['word', 'scoliosis screening is tomorrow?'],
      ['word', 'does she need the Tdap and MCV4 for 7th grade'], ['dose', 'benadryl 12.5 mg at school if hives'], ['word', 'inhaler with spacer in the nurse office'], ['word', '504 plan vs IEP for diabetes'],
      ['room', 'room 114, bus 22, early pickup'], ['icd', 'L20.9 eczema note for PE'], ['word', 'the mason jar lunch thing is not allowed at school?'], ['word', 'hunter orange vest for the field trip lol'],
      ['word', '5 panel or 10 panel for the new hires'], ['word', 'hep b titer and quantiferon before day one'], ['lab', 'PPD 0 mm, negative'], ['vitals', 'BAT 0.000 after the accident'], ['word', 'fit test N95 3M 1860 small or regular'],
      ['word', 'audiogram showed an STS, now what'], ['word', 'OSHA 300 log, is my injury on it'], ['word', 'light duty, 20 lb lifting restriction'], ['cpt', '99455 work exam'], ['cpt', '86580 tb skin test fee'],
      ['cpt', '92552 hearing test at hire'], ['icd', 'Z02.1 pre employment'], ['icd', 'Z57.0 noise exposure'], ['word', 'the forklift beeping is killing my ears, the norm?'],
      ['word', '70% service connected, does that cover dental'], ['word', 'PACT act burn pit screening'], ['word', 'agent orange exam at the VA'], ['word', 'DD-214 upload keeps failing'],
      ['word', 'priority group 5 copays?'], ['word', 'MISSION act community care approval'], ['icd', 'F43.10 on my record'], ['word', 'VA form 10-10EZ, section 2 confusing'],
      ['holiday', 'is the clinic closed on veterans day'], ['holiday', 'MLK day pharmacy hours?'], ['holiday', 'easter sunday, any urgent care open'], ['holiday', 'good friday half day?'],
      ['holiday', 'super bowl sunday the sleep lab still runs?'], ['team', 'missed my shot, was at the cowboys game'], ['team', 'dodgers game and my epipen, do they let you bring it in'],
      ['team', 'the green bay game was freezing, my raynauds flared'], ['team', 'chiefs parade crowd, i forgot my inhaler'], ['show', 'greys anatomy made me scared of my transplant lol'],
      ['show', 'chicago med is not how real hospitals work right?'], ['show', 'grandma watches golden girls and judge judy all day, the TV is too loud for the aide'],
      ['show', 'wheel of fortune at 7 is when she takes her pills'], ['word', 'a buck fifty for a tylenol at the hospital, really'], ['word', 'the herbal tea ok with my meds?'],
      ['word', 'bob my hair short for the EEG wires?'], ['word', 'cliff notes version of the discharge papers pls'], ['word', 'the brook trout i caught, ok on coumadin'], ['word', 'angel food cake at the party, how many carbs'],
      ['drug', 'aviane or lessina, which is cheaper'], ['drug', 'lutera made me spot'], ['drug', 'incassia is the mini pill?'], ['drug', 'emzahh vs kelnor'], ['drug', 'zovia and isibloom, same hormones?'],
      ['drug', 'cryselle or dasetta for my 16 yo'], ['word', 'ngl the acne cream is working fr'], ['word', 'lowkey scared of the shot'], ['word', 'bruh the sports physical is $40??'], ['word', 'no cap my ankle is purple'],
      ['word', 'can i get birth control without my parents finding out'], ['word', 'is vaping with an inhaler bad'], ['brand', 'gatorade or prime after practice'],
      ['word', 'my brother and i take turns with dads appointments, can we both be on the account'], ['word', 'siblings group chat is chaos, who confirmed the ride'], ['word', 'i live 5 hrs away, can i join the visit by video'],
      ['time', 'can the ride come at {time} instead'], ['time', 'injection training at {time} ok'], ['weekday', 'pacemaker clinic open {weekday}?'], ['duration', 'waitlisted for a kidney for {duration} now'],
      ['year', 'had my first pacemaker in {year}'], ['year', 'served from {year} to {year}'], ['agelow', 'is the meningitis booster for someone who is {agelow} or only teens'], ['agelow', 'i am {agelow}, too young for the wellness visit?'],
      ['version', 'mycarelink app {version} wont pair'], ['planname', 'is {planname} an advantage plan?'], ['order', 'OTC {order} missing the toothpaste'], ['ticket', 'flex card {ticket} still open'],
      ['invoice', 'ambulance {invoice}'], ['confirmation', 'ride booked, {confirmation}'], ['tracking', 'the new hearing aids {tracking} say delivered but no box'], ['lab', '{lab} after the transplant'], ['bp', '{bp} at the device check'],
      ['pain', 'hospice nurse asked {pain}'], ['dose', 'allergist said {dose} of zyrtec'], ['price', 'sliding fee said {price}'], ['cpt', 'is {cpt} the device check?'], ['icd', 'why {icd} on the school form'],
      ['state', 'moving to {state}, does the advantage plan follow me'], ['ratio', 'cost share {ratio} after the deductible?'], ['count', 'logged {count} steps at cardiac rehab today'],
    ],
    es: [
      ['planname', 'el plan H5216-312 es el del dental en $0?'], ['price', 'la tarjeta de productos trae $75 por trimestre, se acumula?'], ['price', 'la devolución de la parte B de $174.70, cuándo cae?'],
      ['phone-word', 'le hablo al 1-800-MEDICARE o a ustedes?'], ['count', '24 viajes de ida al año, ida y vuelta cuenta como 2?'], ['word', 'puedo usar el gimnasio que sea o solo silversneakers?'],
      ['word', 'la tarjeta sirve en la tienda de a dólar para vitaminas?'], ['cpt', 'G0438 o G0439, es gratis la visita de bienestar?'], ['hcpcs', 'A0130 camioneta para silla de ruedas, la cubre el plan?'],
      ['word', 'mija como se usa la tarjeta de la despensa, la pase y no salio nada'], ['word', 'la pastilla de la presion se me acabo, me mandan mas?'], ['word', 'el nieto me ayuda con el celular pero hoy no esta'],
      ['word', 'me duele la rodilla desde que llovio, es la humedad?'], ['word', 'ay jesus, ya se me olvido la contraseña otra vez'], ['word', 'dios los bendiga por la ayuda'], ['word', 'gracias mija'],
      ['brand', 'el chocolate abuelita tiene mucha azucar?'], ['brand', 'galletas marías con el café, puedo con la diabetes?'], ['brand', 'el mole doña maría tiene mucha sal?'], ['brand', 'tortillas tía rosa o de la tortillería'],
      ['brand', 'el mazapán de la rosa para el azúcar, mala idea?'], ['city', 'agua de tehuacán con la dieta del riñón?'], ['city', 'chorizo de toluca con el trasplante, mucha grasa?'], ['brand', 'una cerveza victoria con la pastilla?'],
      ['drug', 'humira de 40 mg, la pluma sin citrato?'], ['drug', 'dupixent cada 2 semanas, lo puedo mover un día?'], ['temp', 'guardarlo entre 2 y 8 grados, la caja dice 36-46 F'], ['lot', 'el lote 3F092A es el de mi caja, hay alerta?'],
      ['bin', 'tarjeta de copago BIN 610020, en la farmacia no pasa'], ['word', 'el bote de agujas ya se llenó, dónde lo dejo?'], ['ndc', 'la farmacia dice que {ndc} es la pluma sin citrato'], ['hcpcs', 'J0135 en mi explicación de beneficios'],
      ['tracking', 'la caja fría {tracking} se quedó en el centro de distribución'], ['order', 'el {order} del biológico ya salió?'],
      ['dose', 'morfina concentrada 20 mg/mL, 0.25 mL debajo de la lengua?'], ['word', 'el kit de confort está en el refri, está bien ahí?'], ['word', 'mi mamá ya está en paz, gracias a todo el equipo'], ['word', 'le pusimos la virgen y un ángel de la guarda junto a la cama'],
      ['holiday', 'la enfermera viene en nochebuena?'], ['holiday', 'en semana santa hay servicio?'], ['holiday', 'el jueves santo abren?'], ['holiday', 'para el día de muertos queremos ponerle su altar en el cuarto'],
      ['vitals', 'APGAR 8 y 9, está bien?'], ['vitals', 'pesó 3,340 g y midió 51 cm'], ['ratio', 'la prueba del corazón 98/99 pasó'], ['vitals', '39.2 semanas y 4 cm de dilatación'], ['room', 'alojamiento conjunto, cuarto 12, pueden subir los abuelos?'],
      ['cpt', '59510 en la cuenta, fue cesárea'], ['icd', 'O80 en el reclamo'], ['icd', 'P59.9 ictericia, es grave?'], ['word', 'cuántas visitas a la vez en partos?'], ['word', 'felicidades a todas las enfermeras del piso'],
      ['word', 'la estrella de la bebé en la puerta qué significa?'], ['word', 'la clara de huevo le puedo dar al bebé ya?'],
      ['word', 'el 988 es la línea de crisis o el equipo móvil?'], ['cpt', '90839 sesión de crisis de 60 min?'], ['word', 'hoy me siento un poco mejor, gracias por preguntar'], ['word', 'miro el mar en videos cuando me da ansiedad'],
      ['price', 'la cuota reducida de $25, también para laboratorios?'], ['ratio', 'estamos al 200% del nivel de pobreza, familia de 4'], ['word', 'traigo el W-2 o la declaración para la cuota?'], ['weekday', 'puedo llevar los talones el {weekday}?'],
      ['vitals', 'ITB 0.62 en la pierna izquierda'], ['vitals', '40 sesiones a 2.4 ATA en la cámara'], ['wound', 'herida de 4.2 x 3.1 cm con 60% de granulación'], ['cpt', '97605 la aspiradora me la cobraron dos veces'],
      ['icd', 'L97.422 o E11.621 en el reclamo?'], ['word', 'el vendaje de unna me aprieta'], ['word', 'en la boda había margaritas, una sola afecta la cicatrización?'],
      ['lab', 'IAH 18.4 y saturación mínima 84%'], ['lab', 'latencia media 4.5 min con 3 inicios en REM'], ['ratio', 'Epworth 16/24, es mucho sueño?'], ['cpt', '95806 estudio en casa, cuánto pago?'],
      ['drug', 'xyrem 4.5 g dos veces en la noche'], ['drug', 'wakix o sunosi, cuál da menos dolor de cabeza?'], ['word', 'hubo apagón y la máquina del sueño no volvió a prender'], ['word', 'al alba me despierto siempre aunque tome la pastilla'],
      ['lab', 'roncha de 8 mm al ácaro'], ['lab', 'IgE a cacahuate 14.2 kU/L'], ['dose', 'epipen 0.3 mg o la junior de 0.15 mg, pesa 25 kilos'], ['dose', 'dosis de aumento 0.05 mL, la siguiente 0.10'],
      ['drug', 'odactra debajo de la lengua, pica la boca'], ['cpt', '95004 por 40 pruebas'], ['icd', 'Z91.010 en la forma de la escuela'], ['word', 'el té de jazmín me da alergia?'],
      ['word', 'me lloran los ojos y me pica el iris, es alergia?'], ['word', 'la flor violeta del jardín me hace estornudar'],
      ['lab', 'estimulación del ventrículo 38%, carga de FA 2.1%'], ['vitals', 'impedancia del cable 540 ohms'], ['vitals', 'umbral 0.75 V a 0.4 ms'], ['city', 'es boston scientific o medtronic el mío?'],
      ['cpt', '93294 revisión remota cada 91 días'], ['icd', 'Z95.0 en la consulta del marcapasos'], ['word', 'puedo pasar por el detector del aeropuerto con el marcapasos?'], ['word', 'armando el mueble me dio un toque el desfibrilador?'],
      ['lab', 'tacrolimus 7.8, creatinina 1.3, filtrado 58'], ['lab', 'BK no detectado'], ['ratio', '3 de 6 compatibles, es bueno?'], ['drug', 'envarsus 4 mg o prograf dos veces'],
      ['drug', 'cellcept o myfortic, me cae mal al estómago'], ['cpt', '50360 en la cuenta'], ['icd', 'T86.11 en la biopsia, es rechazo?'], ['word', 'puedo comer toronja con el tacrolimus?'], ['word', 'mayo en la torta, con la dieta del riñón?'],
      ['word', 'mi hermano quiere donar pero fuma, se puede?'], ['word', 'duermo con el celular prendido esperando la llamada del riñón'],
      ['word', 'llegó la carta de los piojos en la mochila'], ['word', 'el barniz de flúor en la escuela es obligatorio?'], ['ratio', 'agudeza visual 20/30 en los dos ojos'], ['word', 'necesita la Tdap para entrar a secundaria?'],
      ['dose', 'difenhidramina 12.5 mg en la escuela si le salen ronchas'], ['room', 'salón 114, camión 22, salida temprano'], ['word', 'el plan 504 o el IEP para la diabetes?'],
      ['word', 'panel de 5 o de 10 para los nuevos'], ['lab', 'PPD 0 mm, negativo'], ['vitals', 'alcoholímetro 0.000 después del accidente'], ['word', 'prueba de ajuste del N95 talla chica'], ['word', 'trabajo ligero, no cargar más de 10 kilos'],
      ['cpt', '99455 examen laboral'], ['icd', 'Z02.1 preempleo'], ['word', 'el ruido del montacargas me dejó sordo, es normal?'],
      ['word', '70% de conexión con el servicio, cubre el dentista?'], ['word', 'el DD-214 no se sube al portal'], ['word', 'el agente naranja lo revisan en la clínica?'], ['holiday', 'cierran el día de los veteranos?'],
      ['holiday', 'el día de reyes hay consulta?'], ['holiday', 'el día del padre queremos sacarlo del hospicio a comer'], ['team', 'no fui a la cita por el partido de las chivas'], ['team', 'el clásico cruz azul contra américa me subió la presión jaja'],
      ['team', 'los rayados de monterrey ganaron y se me olvidó la pastilla'], ['team', 'el real madrid jugó a las 2 y me dormí sin el cpap'], ['show', 'la rosa de guadalupe me hace llorar cada tarde'],
      ['show', 'mi abuela ve el chavo del 8 a todo volumen'], ['show', 'en caso cerrado dijeron que el marcapasos se apaga con el celular, es cierto?'], ['word', 'modesto el consultorio pero muy limpio'], ['word', 'la ambulancia de la cruz roja tardó 40 min'],
      ['word', 'santos cielos, la cuenta del parto'], ['word', 'un anillo de rubí se puede dejar puesto en la cirugía?'], ['word', 'mi amado esposo ya descansa'], ['word', 'qué bella atención en el hospicio'], ['word', 'no le veo la gracia a esperar 3 horas'],
      ['drug', 'aviane o lessina, cuál es más barata'], ['drug', 'incassia es la de solo progestina?'], ['drug', 'zovia y isibloom, lo mismo?'], ['word', 'neta me da miedo la inyección'], ['word', 'la crema del acné sí sirve, no manches'],
      ['word', 'me pueden dar anticonceptivos sin que sepan mis papás?'], ['word', 'mi hermano y yo hacemos rol con las citas de mi papá, los dos podemos estar en la cuenta?'], ['word', 'vivo a 5 horas, puedo entrar a la consulta por video?'],
      ['time', 'el transporte puede venir a las {time}?'], ['weekday', 'la clínica de marcapasos abre el {weekday}?'], ['duration', 'llevo {duration} en la lista de espera'], ['year', 'me pusieron el primer marcapasos en {year}'],
      ['agelow', 'mi hijo tiene {agelow}, le toca la de meningitis?'], ['version', 'la app {version} no se conecta al monitor'], ['planname', 'el {planname} es advantage?'], ['order', 'al {order} de productos le faltó la pasta'],
      ['ticket', 'el {ticket} de la tarjeta sigue abierto'], ['invoice', 'la {invoice} de la ambulancia'], ['confirmation', 'ya quedó el viaje, {confirmation}'], ['lab', '{lab} después del trasplante'],
      ['bp', '{bp} en la revisión'], ['pain', 'la enfermera preguntó {pain}'], ['dose', 'el alergólogo dijo {dose} de loratadina'], ['price', 'en cuota reducida me dijeron {price}'], ['cpt', '{cpt} es la revisión del marcapasos?'],
      ['icd', 'por qué {icd} en la forma de la escuela'], ['state', 'me cambio a {state}, el plan me sigue?'], ['count', 'hice {count} pasos hoy'],
    ],
  },
  tails: {
    en: [' (OTC allowance $75 a quarter)', ' - tacrolimus trough was 7.8', ', AHI 18 btw', ', RV pacing 38%', ' ({ndc})', ' and the EOB says {cpt}', ' - bili 11.2 this am', ' (plan H5216-312)', ' keep it at 36-46 F', ' at {time} ok?', ', room 114'],
    es: [' (tarjeta de $75 por trimestre)', ' - el tacrolimus salió 7.8', ', el IAH 18 por cierto', ' ({ndc})', ' y cobraron {cpt}', ' (plan H5216-312)', ' a las {time}?', ' desde hace {duration}', ', cuarto 12'],
  },
  greetings: {
    en: ['Morning all, ', 'Hiya ', 'yo ', 'Good afternoon, ', 'Hello team, ', 'Pardon the late msg, ', 'hey so '],
    es: ['Buenas buenas, ', 'Hola mija, ', 'Oye, ', 'Saludos, ', 'Muy buenas, ', 'Perdonen la hora, ', 'Qué onda, '],
  },
};
