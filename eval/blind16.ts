/**
 * A seventeenth, independent set of phrasings for the generator ("blind16"), written blind on
 * 2026-11-28 for a closing blind measurement. Its author read eval/generator.ts, eval/values.ts,
 * eval/holdout.ts and eval/blind2.ts … eval/blind8.ts (not blind9.ts … blind15.ts, which it did not
 * open, list or grep), DESIGN.md §4 and the first 40 lines of docs/evaluation.md, but nothing under
 * src/, test/, bench/ or scripts/, no other part of docs/, and no git history, log, diff or status.
 * The engine and the evaluation were not run on it: only the generator, to check that it loads and
 * generates with exact spans.
 * It avoids the wording of the sets it read: new situations (a warmline and mobile-crisis-team
 * safety plan check-in, an addiction-recovery intensive outpatient program with methadone dosing,
 * Vivitrol shots, sober living and sponsors, a hyperbaric / total-contact-cast wound centre, phase
 * 2 cardiac rehab with telemetry, a pediatric dentist (sealants, fluoride varnish, laughing gas), a
 * speech therapist with an AAC talker, an orthotics and prosthetics shop (sockets, insoles,
 * myoelectric hand), a living-donor transplant coordinator with a pager, a genetic counselor
 * (cascade testing), an ambulance billing office, a Medicaid renewal / redetermination helper, a
 * mail-order pharmacy with cold packs, a drive-thru COVID / flu testing site, a memory-care unit
 * with wander bracelets and GPS watches, an assisted-living move-in desk, a chiropractor, a
 * podiatrist, a blood bank donor line, a clinical-trial recruiter and a health-fair screening
 * booth); new cue words for ids ("IOP client number", "dosing card", "wound center patient no",
 * "dental chart", "speech clinic client id", "transplant center pt #", "hospital unit number",
 * "memory care resident file", "research site patient number", "medicaid case id", "enrollee id",
 * "dental plan member", "beneficiary #", "HSA acct", "guarantor account for the kids",
 * "chiropractic license", "prosthetist certification no", "state ID", "AAC talker serial",
 * "myoelectric hand S/N", "wander guard bracelet", "GPS watch for dad", "LVAD controller serial",
 * "folio de paciente", "carnet del hospital", "tarjeta de dosis", "número de inscrito", "número de
 * beneficiario", "cédula del quiropráctico", "pulsera antifugas") and typos in cue words ("recrod
 * number", "medcaid", "suscriber id", "acount #", "licence", "plate nmber", "seral", "birth dt",
 * "d.o.b", "f/nac", "benficiario", "numro de cliente"); ids with no keyword (id frames, lists,
 * "from the back of the card"); names in every position and case (message start, after verbs,
 * vocatives, lists of three, possessives, "aka" / "goes by" nicknames, "le decimos", "el {first}",
 * "miss {first}", cc lists, FROM/TO headers, sign-offs on the next line, all-caps context,
 * Spanglish); ages over 89 in new phrasings (a birthday cake at memory care, "a spry …",
 * "first-time donor at …", "at transplant", "ya va para los …", "muy entero a sus …", "cumplió … y
 * sopló las velitas"); dates after new cue words (clean date, sobriety date, last dose, first dive,
 * cast change, recall card, listing date, redetermination letter, next fill, swabbed, move-in day,
 * wandered out, consent visit); addresses, phones, faxes, e-mails, urls, ips, cards, IBANs,
 * licences, plates, device serials as the generator's slots provide them, and several identifiers
 * per message.
 * Negatives: about four in five are ordinary chat with look-alikes (doses such as methadone 80 mg,
 * suboxone 8 mg/2 mg, narcan 4 mg, nitroglycerin 0.4 mg; lab values Ct 31, MoCA 19/30, LVEF 35%,
 * tacrolimus trough, ABI, TcPO2, fasting glucose, cholesterol; vitals, 2.0 ATA, K3 level, shoe
 * sizes; CPT 98941/97110/92523/87635/87804/99483/81162/80307/99183/86900/D1351/D1206; HCPCS
 * L3020/L5301/ A0429/H0020/J2315/G0283; ICD
 * F11.20/L97.512/Z95.1/K02.9/F80.1/Z89.511/U07.1/F03.90/M99.03/B35.1/ Z52.000/Z13.1; order, ticket,
 * tracking, invoice, confirmation and lot numbers; times, durations such as "90-day supply" and "30
 * days clean"; prices such as "99 cents"; counts, rooms, lanes and chairs; drug brands that are
 * also given names - camila, errin, heather, jolivette, aubra, aviane, lessina, ella, jublia,
 * santyl, brilinta, aricept, lyrica; words that are also names - penny, bucks, carol, holly, iris,
 * olive, daisy, basil, kit, chase, brandy, crystal, ginger, candy, patience, rod, gale, dot, pearl,
 * robin, hazel, cole, jeans, sterling, bud, guy, will, hope, grace; blanca, socorro, remedios,
 * linda, salud, domingo, caridad, fe, mar, alegría, rey, ángel, auxilio); about one in five are
 * harder look-alikes named after people or places that are not PHI: eponymous diseases, signs and
 * tests (Bruce protocol, Charcot foot, Alzheimer's, Morton neuroma, Sever's disease, Broca aphasia,
 * Lynch syndrome, Kell antibodies, Crohn's, Apgar, Wernicke, Down syndrome, Holter, Kegel,
 * Parkinson, Heimlich, Papanicolaou, Chagas), products and brands (Dr. Scholl's, Dr Pepper, Ben &
 * Jerry's, Johnson & Johnson, Mrs. Dash, McDonald's, Trader Joe's, Jenny Craig, el Dr. Simi,
 * Gansito Marinela, pan Bimbo, Sanborns), TV shows and songs (Bluey, Grey's Anatomy, Lawrence Welk
 * reruns, Wheel of Fortune, Sweet Caroline, Doc McStuffins, La Rosa de Guadalupe, El Chavo del 8,
 * Pedro Infante, Las Mañanitas), holidays and saints (MLK Day, Presidents Day, St. Patrick's Day,
 * Valentine's Day, Día de Reyes, San Valentín, San Judas Tadeo, día de San Juan), institutions
 * named after people (St. Jude, Ronald McDonald House, Mayo Clinic, Johns Hopkins, Cruz Roja,
 * Instituto Ignacio Chávez, escuela Benito Juárez), sports teams (Yankees, Cowboys, Chivas,
 * América) and public figures in passing (Taylor Swift, Dr. Oz, Obamacare, Bad Bunny, Checo Pérez),
 * in English and Spanish.
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND16_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'warmline check-in: {first} from the mobile crisis team said she would text tonight, still waiting', 'safety plan copy goes to {relative} and to my therapist {name}',
        'IOP group tonight - is {first} facilitating or the new counselor?', 'my sponsor {name} can drive me to the methadone clinic if dosing moves to 6am',
        'the hyperbaric tech {first} said 40 dives total, we are at 12', 'total contact cast came off crooked, can {provider} recheck it before friday',
        'phase 2 cardiac rehab: {name} says the telemetry leads itch, any other stickers?', 'pediatric dentist: {first} is 6 and scared of the laughing gas mask, can {provider} meet her first',
        'speech therapist {first} wants us to practice r words 10 min a day, what if he refuses', 'prosthetist {name} said the new socket needs 2 more check sockets',
        'orthotics pickup for {name}: custom insoles + night splint', 'living donor workup for {relative}, is {name} the independent donor advocate?',
        'genetic counselor {provider} asked about my dads side, but I only know {first} and {first}', 'ambulance billing: the ride was for {name}, not me, we just share a mailbox',
        'helping {titled} with her medicaid renewal, she has no computer', "mail order shipped {name}'s insulin without the ice packs",
        'drive-thru swab: {first} in the yellow vest told us to stay in the car', 'memory care: mom keeps asking for {first}, her sister who passed, how do we answer that',
        'move-in coordinator {name} said bring the POA and the TB test', 'chiropractor {provider} cracked my neck and now it clicks, normal?',
        'podiatrist {provider} shaved the corn, now my shoe rubs', 'blood bank: {first} at the donor chair missed my vein twice lol, still love u',
        'clinical trial recruiter {name} left a voicemail about a migraine study', 'health fair booth: {first} checked my sugar and said go see a doctor',
        'TELL {first} THE DENTURES STILL DONT FIT', 'who is {name}?? she called me about a study i never signed up for',
        'ty {first}, the sober living house manager said the bed is mine 🙏', 'cc {first} (house manager) + {relative}', 'see u at group thursday\n-{first}',
        'FROM {name} TO THE TRANSPLANT TEAM: pager went off twice and nobody picked up', "{first}'s sealants chipped already, is that covered",
        '{first} (goes by {first}) needs a new wander bracelet, hers is cracked', 'my kids {first}, {first} and {first} all need cleanings, back to back pls',
        'rehab nurse said {provider} has to sign the exercise prescription', 'the trial coordinator, {name}, said the screening visit pays $75',
        'my uncle {name} moved into assisted living, can {relative} get a key fob too', 'per {first} in mail order the refill ships in 3 days',
        'remind {first} her adjustment is at 4 not 4:30', 'is {provider} doing the bunion surgery or {provider}?', 'my son calls the speech lady miss {first} and she loves it',
        '{name} here, the insoles squeak in every shoe', 'ask {first} aka {first} at the front desk, she knows my renewal case', 'thank you {provider}, 30 days clean today',
        'hey its {first}, mom of the kid with the AAC talker', 'CAN SOMEONE CALL {name} BACK ABOUT THE SOCKET', 'my sponsor and {relative} both want to come to family night, ok?',
        'pls tell {provider} that {first} ate breakfast before the sedation, sorry', 'new resident {name} keeps trying the exit door, can we get the wander guard today',
        'the drive thru lady ({first}?) read my result out loud to the car behind me', "donor line: i'm {name}, O neg, you called me 3 times this week lol",
        'genetic results for me and my sister {first}, can we do one session together', 'forward the orthotics invoice to {name}, she pays my bills now',
        '{first} from the renewal helpdesk was the only one who answered', 'yo {first}, sorry i missed group, car broke down',
      ],
      es: [
        'seguimiento de la línea de apoyo: {first} del equipo móvil quedó de mandarme mensaje', 'el plan de seguridad se lo dan a {relative} y a mi psicóloga {name}',
        'en el grupo intensivo de hoy está {first} o el consejero nuevo?', 'mi padrino {name} me puede llevar a la clínica de metadona',
        'el técnico de la cámara hiperbárica, {first}, dice que van 12 de 40 sesiones', 'la bota de yeso quedó chueca, {provider} la puede revisar?',
        'rehabilitación cardiaca fase 2: a {name} le pican los electrodos del monitor', 'dentista infantil: {first} tiene 6 años y le da miedo el gas, {provider} puede platicar con ella antes?',
        'la terapeuta de lenguaje {first} quiere que practiquemos la erre 10 minutos diarios', 'el protesista {name} dice que el socket necesita 2 pruebas más',
        'ya están las plantillas a la medida de {name}?', 'evaluación de donador vivo para {relative}, el defensor del donador es {name}?',
        'la asesora genética {provider} pregunta por la familia de mi papá, solo conozco a {first}', 'la ambulancia fue para {name}, no para mí, nomás vivimos en la misma casa',
        'le ayudo a {titled} con la renovación del medicaid, no tiene compu', 'la farmacia por correo mandó la insulina de {name} sin hielo',
        'en la prueba en auto {first}, el del chaleco amarillo, nos dijo que no nos bajáramos', 'en la unidad de memoria mi mamá pregunta por {first}, su hermana que ya murió, qué le decimos',
        'la coordinadora de ingresos {name} dice que llevemos el poder y la prueba de TB', 'el quiropráctico {provider} me tronó el cuello y ahora truena solo',
        'el podólogo, {provider}, me limó el callo y ahora me roza el zapato', 'banco de sangre: {first} me picó dos veces jaja, igual lo quiero',
        'la reclutadora del estudio clínico, {name}, me dejó mensaje por lo de la migraña', 'en la feria de salud {first} me checó el azúcar y dijo que fuera al doctor',
        'DIGANLE A {first} QUE LA DENTADURA NO LE QUEDA', 'quién es {name}?? me llamó por un estudio que nunca firmé',
        'gracias {first}! ya me dijeron que la cama en la casa de recuperación es mía 🙏', 'nos vemos en el grupo\n- {first}', 'a {first} se le cayeron los selladores, los cubre el seguro?',
        '{first} (le decimos {first}) necesita otra pulsera antifugas', 'mis hijos {first}, {first} y {first} necesitan limpieza, seguiditos porfa',
        'hola, soy {first}, la hija de {titled}, she moved in last week y no le llegan sus pastillas', 'según {first} de la farmacia por correo, sale en 3 días',
        'la coordinadora del ensayo, {name}, dice que la visita de selección se paga', 'el {first} de recepción me dijo que {provider} ya firmó la orden de plantillas',
        'mi tío {name} ya se mudó a la residencia asistida, le pueden dar llave a {relative}?', '{name} por acá, las plantillas rechinan en todos los zapatos',
        'habla {first}, la mamá del niño con el comunicador', 'QUE ALGUIEN LE REGRESE LA LLAMADA A {name} POR LO DEL SOCKET', 'díganle a {provider} que {first} sí desayunó antes de la sedación, perdón',
        'la residente nueva {name} se quiere salir por la puerta, le ponen la pulsera hoy?', 'banco de sangre: soy {name}, O negativo, me llamaron 3 veces jaja',
        'mándenle la factura de las plantillas a {name}, ella me paga las cuentas', 'oye {first}, perdón que falté al grupo, se me descompuso el carro',
        'resultados genéticos para mí y mi hermana {first}, nos pueden ver juntas?', 'my mom {first} no habla inglés, can the renewal helper call her en español?',
      ],
    },
    DATE: {
      en: [
        'clean date is {date}, can the IOP letter say that', 'sobriety date {date}, the judge wants a letter from the program', 'last methadone dose was {date}, missed since then',
        'vivitrol shot due {date}, can i come in early', 'first dive in the hyperbaric chamber {date}', 'cast change every week, next one {date}?', 'phase 2 rehab graduation {date}!!',
        '6 month cleaning recall card says {date}', 'speech eval report dated {date}, the school wants a copy', 'socket fitting {date}, do i bring the liner',
        'transplant listing date {date}, does waiting time count from dialysis start', 'genetic results came back {date} but nobody called', 'ambulance ride was {date}, the bill says a different day',
        'medicaid renewal due {date}, packet never came', 'redetermination letter dated {date}', 'mail order says next fill {date}, i run out before that',
        'swabbed {date}, result still pending', 'tested positive {date}, when can i go back to work', 'move-in day {date}, can the movers use the loading dock',
        'dad wandered out of the unit {date}, what changed with the door', 'last donation {date}, am i eligible again', 'consent visit for the trial {date}',
        'health fair screening {date}, got a card saying recheck', '{dob} - calling re: the sober living application', 'verify: {dob}, mail order account',
        'birth dt {dobRaw} (the renewal form has the wrong year)', 'd.o.b {dobRaw} for the donor card', 'adjustments twice a week from {date} to {date}', 'dob {dobRaw} - my daughter, new pt for the pediatric dentist',
        'the 30 day chip says {date}, the 60 day one {date}', 'last cleaning was {date}, is she due again', 'donor eligibility letter expires {date}', 'they issued the transplant pager {date}',
      ],
      es: [
        'mi fecha de sobriedad es el {date}, me dan carta?', 'la última dosis de metadona fue el {date}', 'la inyección de vivitrol me toca el {date}', 'primera sesión en la cámara hiperbárica el {date}',
        'el siguiente cambio de yeso es el {date}?', 'me gradúo de la rehabilitación cardiaca el {date}!!', 'la tarjeta de recordatorio dice limpieza el {date}', 'el reporte de lenguaje tiene fecha del {date}',
        'la prueba del socket es el {date}', 'me pusieron en la lista de trasplante el {date}', 'los resultados genéticos salieron el {date} y nadie me habló', 'el viaje en ambulancia fue el {date}',
        'la renovación del medicaid vence el {date}', 'la farmacia por correo dice que el próximo surtido es el {date}', 'me hicieron el hisopado el {date} y sigue pendiente',
        'salí positivo el {date}, cuándo regreso al trabajo', 'la mudanza a la residencia es el {date}', 'doné sangre por última vez el {date}', 'visita de consentimiento del estudio el {date}',
        '{dob}, es por la solicitud de la casa de recuperación', 'fecha de nac. {dobRaw} (la pusieron mal en la renovación)', 'f/nac {dobRaw}, paciente nuevo del dentista infantil',
        'ajustes dos veces por semana del {date} al {date}', 'mi papá se salió de la unidad el {date}, qué pasó con la puerta?',
        'la última limpieza fue el {date}, ya le toca?', 'me dieron el localizador de trasplantes el {date}', 'la carta de redeterminación es del {date} y llegó ayer',
      ],
    },
    AGE_OVER_89: {
      en: [
        'cake at memory care for her birthday, {ageRaw}! she blew out every candle', 'moving dad into assisted living, he is {ageRaw} and still wants his own car',
        'is it safe for a chiropractor to adjust someone who is {ageRaw}', 'grandma is {ageRaw}, her toenails need the podiatrist every 9 weeks', 'can someone who is {ageRaw} get the flu shot at the drive thru',
        'the recipient would be {ageRaw} at transplant? be real', 'HE IS {ageRaw} AND THE AMBULANCE BILL WENT TO COLLECTIONS', 'resident age {ageRaw}, on the memory care waitlist',
        'my great grandpa, a spry {ageRaw}, won the BP contest at the health fair lol', 'trial recruiter asked if {ageRaw} was too old for the study', 'she just turned {ageRaw} and wants dentures that dont click',
        '{ageRaw}, female, heel wound, referral to hyperbaric', 'the oldest guy in cardiac rehab {age90}', 'medicaid renewal wants pay stubs from a woman who is {ageRaw} 🙄',
        'genetic counselor wants the age of my grandma, she is {ageRaw} and sharp', 'first-time blood donor at {ageRaw}? he insists',
      ],
      es: [
        'le partimos el pastel en la unidad de memoria, cumplió {ageRaw} y sopló las velitas', 'mi papá tiene {ageRaw} y se muda a la residencia asistida', 'es seguro que el quiropráctico ajuste a alguien de {ageRaw}?',
        'mi abuela de {ageRaw} necesita al podólogo cada 9 semanas', 'a los {ageRaw} le ponen la vacuna de la gripa en el autoservicio?', 'YA TIENE {ageRaw} Y LA CUENTA DE LA AMBULANCIA SE FUE A COBRANZA',
        'residente de {ageRaw}, en lista de espera para memoria', 'mi bisabuelo, muy entero a sus {ageRaw}, ganó el concurso de presión en la feria de salud jaja', 'la del estudio preguntó si con {ageRaw} todavía califica',
        'ya va para los {ageRaw} y quiere su dentadura nueva', 'en la fila del autoservicio había un señor, {age90}', 'el medicaid le pide talones de pago a mi abuela de {ageRaw} 🙄',
        'la asesora genética pregunta la edad de mi abuela, tiene {ageRaw} y está lúcida', 'primera vez que dona sangre a los {ageRaw}? él insiste',
      ],
    },
    ADDRESS: {
      en: [
        'mail order: ship to {address}, the old one keeps bouncing back', 'sober living house is at {address}, can the pharmacy deliver there', 'assisted living move-in address {address}, 2nd floor',
        'medicaid renewal lists {address} but i moved to {city}', 'any drive-thru testing near {zipRaw}?', 'ambulance picked her up at {address}, not the address on the bill',
        'is there a hyperbaric center closer to {city}', 'prosthetics shop - still at {address} or did you move', 'pediatric dentist that takes medicaid in {city}?', 'clinical trial site in {city} or only downtown?',
        'health fair at {address} this saturday, free flu shots?', 'mobile crisis team can come to {address}, use the back door', 'does transplant housing cover the donor too? we live in {city}, 3 hrs away',
        'cold pack delivery to {address}, leave it with the doorman', 'mail my x-ray cd to {address} pls', 'new address for the donor card\n{address}', 'the renewal form asks for {zip}',
      ],
      es: [
        'farmacia por correo: mándenlo a {address}, la otra dirección ya no', 'la casa de recuperación está en {address}, entregan ahí?', 'dirección de la residencia asistida {address}',
        'en la renovación del medicaid sale {address} pero ya vivo en {city}', 'hay sitio de pruebas en auto cerca del {zipRaw}?', 'la ambulancia la recogió en {address}, no donde dice la factura',
        'hay cámara hiperbárica más cerca de {city}?', 'la tienda de prótesis sigue en {address}?', 'dentista infantil que acepte medicaid en {city}?', 'la feria de salud en {address} este sábado, hay vacunas?',
        'el equipo móvil de crisis puede ir a {address}, por la puerta de atrás', 'vivimos en {city}, a 3 horas del centro de trasplantes', 'mi nueva dirección para la tarjeta de donador:\n{address}',
        'el formulario de renovación pide {zip}',
      ],
    },
    PHONE: {
      en: [
        "warmline can reach me at {phoneRaw}, don't say the clinic name on voicemail", 'sponsor cell {phoneRaw} is my backup contact for IOP', 'transplant pager callback {phoneRaw} - do i keep it on me 24/7?',
        'the mail order robot keeps calling {phoneRaw}, make it stop', 'text the covid result to {phoneRaw}', "assisted living front desk {phoneRaw} or mom's room phone {phoneRaw}",
        'dentist office: call my husband {phoneRaw} not me', 'trial recruiter called from {phoneRaw}, is that really you guys?', 'blood bank reminder texts to {phoneRaw}', '{phone} - call after my 3pm adjustment',
        'the medicaid helper says to call her back at {phoneRaw}',
      ],
      es: [
        'la línea de apoyo me localiza al {phoneRaw}, no digan el nombre de la clínica en el buzón', 'el cel de mi padrino {phoneRaw} es mi contacto de respaldo', 'el localizador de trasplantes, devuelvo la llamada al {phoneRaw}',
        'mándenme el resultado de covid al {phoneRaw}', 'recepción de la residencia {phoneRaw} o el teléfono del cuarto de mi mamá {phoneRaw}', 'la del estudio me habló del {phoneRaw}, sí son ustedes?',
        'los recordatorios del banco de sangre al {phoneRaw}', '{phone}, márquenme después del ajuste', 'la señora que ayuda con el medicaid dice que le regrese la llamada al {phoneRaw}',
      ],
    },
    FAX: {
      en: [
        'the prosthetist needs the rx faxed to {faxRaw}', 'pediatrician fax for the dental clearance {faxRaw}', 'send the court compliance letter by fax, {faxRaw}', 'mail order fax for new scripts is {faxRaw}?',
        '{fax} - cardiac rehab referrals, attn intake', 'assisted living wants the physician orders faxed, {faxRaw}', 'genetics lab fax {faxRaw} for the requisition',
      ],
      es: [
        'el protesista necesita la receta por fax al {faxRaw}', 'fax del pediatra para el permiso dental {faxRaw}', 'la carta para el juzgado por fax, {faxRaw}', '{fax}, rehabilitación cardiaca, atención ingresos',
        'la residencia quiere las órdenes médicas por fax, {faxRaw}', 'fax del laboratorio de genética {faxRaw}',
      ],
    },
    EMAIL: {
      en: [
        'email the safety plan to {email}, not my work one', 'IOP attendance letter to {email} for my probation officer', 'send the trial consent pdf to {email}', 'covid result to {email} pls, i cant log in',
        'renewal confirmation to {email}', 'mail order receipts go to {email}', 'donor reward points, use {email}', 'my daughter ({email}) handles the assisted living billing',
      ],
      es: [
        'el plan de seguridad a {email}, no al del trabajo', 'la carta de asistencia del programa a {email} para mi oficial', 'el consentimiento del estudio en pdf a {email}', 'el resultado de covid a {email} porfa',
        'la confirmación de la renovación a {email}', 'los recibos de la farmacia por correo van a {email}', 'mi hija ({email}) ve lo de los pagos de la residencia',
      ],
    },
    URL: {
      en: [
        'the trial listing {url} says 18-65 only', 'book your swab at {url}? it says full', 'memory care family portal {url} wont load', 'sober living application is at {url}',
        'pay the ambulance bill at {url}? looks sketchy', 'renew medicaid at {url} or in person?',
      ],
      es: ['el anuncio del estudio {url} dice de 18 a 65', 'agenden el hisopado en {url}? sale lleno', 'el portal de familias de memoria {url} no carga', 'pagar la ambulancia en {url}? se ve raro', 'renuevo el medicaid en {url} o en persona?'],
    },
    IP_ADDRESS: {
      en: [
        'medicaid portal locked me out, it showed {ip}', 'mail order site says suspicious login from {ip}', 'the trial diary app errors out, ip {ip}', 'memory care camera feed is on {ip}, is that secure',
        'testing site kiosk {ip} froze on the qr screen',
      ],
      es: ['el portal del medicaid me bloqueó, salía {ip}', 'la farmacia por correo dice inicio sospechoso desde {ip}', 'la app del diario del estudio falla, ip {ip}', 'la cámara de la unidad de memoria está en {ip}, es seguro?'],
    },
    SSN: {
      en: [
        'medicaid renewal needs everyone in the household, my son {ssnRaw}', 'assisted living application asks for his social, {ssnRaw}', 'trial stipend is over $600 so they want my ss# {ssnRaw}',
        'ambulance billing asked for the last 4 but i typed the whole thing {ssnRaw} oops', 'sober living intake: social {ssnRaw}', 'donor registry wanted my soc sec # {ssnRaw}?? why',
        'mom lost her card, the number is {ssnRaw}',
      ],
      es: [
        'la renovación del medicaid pide a todos en la casa, mi hijo {ssnRaw}', 'la solicitud de la residencia pide su social, {ssnRaw}', 'el pago del estudio pasa de $600 y piden mi seguro social {ssnRaw}',
        'itin {ssnRaw}, no tengo social', 'la casa de recuperación: seguro social {ssnRaw}', 'mi mamá perdió la tarjeta, el número es {ssnRaw}',
      ],
    },
    MRN: {
      en: [
        'IOP client number {mrnRaw}', 'methadone dosing card {mrnRaw}', 'wound center patient no {mrnRaw}', 'dental chart {mrnRaw} is my son', 'speech clinic client id {mrnRaw}',
        'transplant center pt # {mrnRaw}', 'hospital unit number {mrnRaw}', 'memory care resident file {mrnRaw}', 'research site patient number {mrnRaw}', 'recrod number {mrnRaw} from the donor center',
      ],
      es: [
        'numro de cliente del programa {mrnRaw}', 'tarjeta de dosis de metadona {mrnRaw}', 'folio de paciente {mrnRaw}', 'expediente dental de mi hijo {mrnRaw}', 'número de registro del hospital {mrnRaw}',
        'carnet del hospital {mrnRaw}', 'número de paciente en el sitio del estudio {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'medicaid case id {planRaw} is up for renewal', 'medcaid {planRaw} got terminated for procedural reasons??', 'dental plan member {planRaw} - do sealants count as preventive',
        'enrollee id {planRaw} on the mail order profile', 'suscriber id {planRaw}, the chiro says not on file', 'beneficiary # {planRaw}, ambulance says not medically necessary',
        'orthotics denied under {planRaw}', 'is hyperbaric covered by {planRaw}', 'covid test reimbursement under {planRaw}', 'the kids are on {planRaw} now, the CHIP one',
      ],
      es: [
        'caso de medicaid {planRaw} para renovar', 'número de benficiario {planRaw}', 'plan dental {planRaw}, cubre selladores?', 'número de inscrito {planRaw} en la farmacia por correo',
        'las plantillas las negaron con {planRaw}', 'cubre la cámara hiperbárica mi seguro {planRaw}?', 'me dieron de baja del medicaid {planRaw} por papeleo', 'suscriptor {planRaw}',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'ambulance bill account {acctRaw}, can i do a payment plan', 'HSA acct {acctRaw} for the orthotics', 'guarantor account for the kids dental {acctRaw}', 'assisted living autopay from checking {acctRaw}',
        'mail order pharmacy account {acctRaw}, remove the old card', 'trial stipend direct deposit {acctRaw}', 'acount # {acctRaw} at the chiropractor shows a credit',
      ],
      es: [
        'cuenta de la ambulancia {acctRaw}, hay plan de pagos?', 'cuenta HSA {acctRaw} para las plantillas', 'el cargo automático de la residencia desde {acctRaw}', 'cuenta de la farmacia por correo {acctRaw}',
        'el depósito del estudio a {acctRaw}', 'la cuenta {acctRaw} del quiropráctico tiene saldo a favor',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'the drive-thru site scanned my state ID {licRaw}', 'sober living wants a copy of my DL {licRaw}', 'chiropractic license {licRaw} on the superbill', 'prosthetist certification no {licRaw}',
        'licence {licRaw} for the controlled refill, mail order', 'passport {licRaw} - i am the donor flying in',
      ],
      es: [
        'licencia de manejo {licRaw} para la prueba en auto', 'la casa de recuperación pide mi licencia {licRaw}', 'cédula del quiropráctico {licRaw}', 'pasaporte {licRaw}, soy la donadora que viene de fuera',
        'no tengo INE, nomás licencia {licRaw}', 'número de licencia del protesista {licRaw}',
      ],
    },
    NPI: {
      en: ['ordering npi for the insoles {npiRaw}', 'prescriber NPI on the mail order rx: {npiRaw}', 'chiropractor npi {npiRaw}', 'pediatric dentist npi {npiRaw} for the medicaid form', 'cardiac rehab supervising md NPI {npiRaw}'],
      es: ['npi de quien ordena las plantillas {npiRaw}', 'NPI del médico en la receta por correo: {npiRaw}', 'npi del quiropráctico {npiRaw}', 'npi del dentista infantil {npiRaw} para el medicaid'],
    },
    VEHICLE_ID: {
      en: [
        'drive-thru lane 2, car {vehicleRaw}, been here 40 min', 'assisted living parking sticker is for {vehicleRaw}', 'moving truck {vehicleRaw} for move-in day, where do we park',
        'my car {vehicleRaw} is in the transplant center garage overnight', 'the chiro lot towed {vehicleRaw}', 'plate nmber {vehicleRaw} for the testing appt',
      ],
      es: [
        'carril 2 del autoservicio, carro {vehicleRaw}, llevamos 40 minutos', 'el engomado del estacionamiento de la residencia es para {vehicleRaw}', 'la troca {vehicleRaw} de la mudanza, dónde la dejamos',
        'mi carro {vehicleRaw} se queda en el estacionamiento de trasplantes', 'se llevaron el carro {vehicleRaw} del estacionamiento del quiropráctico',
      ],
    },
    DEVICE_ID: {
      en: [
        'AAC talker serial {deviceRaw}, the screen cracked', 'myoelectric hand S/N {deviceRaw} stopped gripping', 'wander guard bracelet {deviceRaw} beeps at every door', 'GPS watch for dad, {deviceRaw}',
        'LVAD controller serial {deviceRaw} low battery alarm', 'home BP cuff from cardiac rehab {deviceRaw}', 'prosthetic knee seral {deviceRaw}',
      ],
      es: [
        'serie del comunicador de mi hijo {deviceRaw}, se estrelló la pantalla', 'la mano mioeléctrica S/N {deviceRaw} ya no cierra', 'la pulsera antifugas {deviceRaw} suena en todas las puertas',
        'el reloj GPS de mi papá, {deviceRaw}', 'el controlador del LVAD {deviceRaw} marca batería baja', 'la rodilla de la prótesis, serie {deviceRaw}',
      ],
    },
    CREDIT_CARD: {
      en: [
        'pay the kids dental copays with {cardRaw}', 'mail order: update my card to {cardRaw}', 'put the whole ambulance balance on {cardRaw}', 'assisted living deposit on {cardRaw}',
        'chiro package of 12 visits on {cardRaw}', 'the insoles were $400, charge {cardRaw}',
      ],
      es: ['los copagos del dentista de los niños con {cardRaw}', 'farmacia por correo: cambien mi tarjeta a {cardRaw}', 'todo el saldo de la ambulancia a {cardRaw}', 'el depósito de la residencia con {cardRaw}', 'el paquete de 12 ajustes con {cardRaw}'],
    },
    IBAN: {
      en: [
        'family in spain pays the assisted living, from {ibanRaw}', 'trial stipend to my bank back home {ibanRaw}', 'refund the ambulance overpayment to {ibanRaw}', 'i live abroad half the year, mail order refunds to {ibanRaw}',
        'donor travel reimbursement {ibanRaw}',
      ],
      es: ['la familia en España paga la residencia desde {ibanRaw}', 'el pago del estudio a mi banco de allá {ibanRaw}', 'devuelvan lo que pagué de más de la ambulancia a {ibanRaw}', 'el reembolso del viaje del donador {ibanRaw}'],
    },
  },
  idFrames: {
    en: [
      'the renewal helper on zoom needs {X}', 'mail order rep asked for {X}', 'IOP intake sheet, box 4: {X}', 'trial screener asked for {X}', 'move-in packet page 2 - {X}', 'drive-thru registration, {X}',
      'ambulance billing wants {X} before they talk to me', '{X} (from the back of the card)', 'ok here: {X}', 'sent from my phone: {X}', 'hello?? {X}', 'my daughter says to give u {X}',
      'chiro front desk typed {X} wrong, pls fix', 'IS THIS RIGHT: {X}', 'sponsor helped me find it: {X}',
    ],
    es: [
      'la que ayuda con la renovación por zoom necesita {X}', 'el de la farmacia por correo me pidió {X}', 'hoja de ingreso del programa, casilla 4: {X}', 'la del estudio me pidió {X}',
      'paquete de ingreso, página 2 - {X}', 'registro del autoservicio, {X}', 'cobranza de la ambulancia quiere {X} antes de hablar conmigo', '{X} (atrás de la tarjeta)', 'va: {X}', 'mi hija dice que les dé {X}',
      'en recepción del quiro escribieron mal {X}, corríjanlo', 'ESTA BIEN ASI: {X}', 'mi padrino me ayudó a encontrarlo: {X}',
    ],
  },
  mixed: {
    en: [
      'IOP intake: {name}, {dob}, sponsor {first} {phoneRaw}, {plan}', 'hyperbaric referral {name} {mrn} from {provider}, fax back {faxRaw}', 'cardiac rehab phase 2: {name}, {dobRaw}, {plan}, starts {date}',
      'pediatric dentist new pt {name}, {dob}, parent {relative}, {email}', 'speech eval for {first} (mom is {name}), {address}, {phoneRaw}', 'orthotics order {name}, {npi}, ship to {address}, card {cardRaw}',
      'living donor {name} {dobRaw}, recipient {name}, transplant pt # {mrnRaw}', 'genetic counseling for {name}, {email}, results at {url}', 'ambulance bill for {name}, ride on {date}, account {acctRaw}, {plan}',
      'medicaid renewal: {name}, {ssn}, {address}, household {first} and {first}', 'mail order: {name}, {dob}, ship to {address}, {card}', 'drive-thru test {name}, car {vehicleRaw}, result to {phoneRaw} and {email}',
      'memory care: {name} ({ageRaw}), wander bracelet {deviceRaw}, POA {name} {phoneRaw}', 'assisted living move-in {date}: {name}, {address}, deposit from {ibanRaw}', 'chiro new pt: {name}, DL {licRaw}, {dob}, ins {planRaw}',
      'blood donor {name}, {dob}, app login from {ip}', 'trial recruiter note: {name}, {dobRaw}, lives in {city}, callback {phoneRaw}',
      'warmline callback list: {first} {phoneRaw}, {name} {phoneRaw}, {first} (no voicemail)', 'podiatry {name}, {mrn}, {date}, parking for {vehicleRaw}',
      'speech clinic: {name}, talker serial {deviceRaw}, school fax {faxRaw}', 'sober living app: {name}, {ssn}, DL {licRaw}, {email}',
    ],
    es: [
      'ingreso al programa: {name}, {dob}, padrino {first} {phoneRaw}, {plan}', 'referencia a hiperbárica {name} {mrn} de {provider}, fax {faxRaw}', 'rehabilitación cardiaca: {name}, {dobRaw}, {plan}, empieza el {date}',
      'paciente nuevo del dentista {name}, {dob}, {relative}, {email}', 'evaluación de lenguaje de {first} (mamá {name}), {address}, {phoneRaw}', 'plantillas para {name}, {npi}, enviar a {address}, tarjeta {cardRaw}',
      'donador vivo {name} {dobRaw}, receptor {name}, pt # {mrnRaw}', 'ambulancia de {name}, el {date}, cuenta {acctRaw}, {plan}', 'renovación del medicaid: {name}, {ssn}, {address}, en la casa {first} y {first}',
      'farmacia por correo: {name}, {dob}, enviar a {address}, {card}', 'prueba en auto {name}, carro {vehicleRaw}, resultado al {phoneRaw} y a {email}', 'memoria: {name} ({ageRaw}), pulsera {deviceRaw}, apoderada {name} {phoneRaw}',
      'ingreso a la residencia el {date}: {name}, {address}, depósito desde {ibanRaw}', 'hola, soy {name}, new patient del quiro, {dob}, my insurance {planRaw}',
      'lista de llamadas de la línea de apoyo: {first} {phoneRaw}, {name} {phoneRaw}', 'podología {name}, {mrn}, el {date}, estacionamiento para {vehicleRaw}',
      'lenguaje: {name}, comunicador serie {deviceRaw}, fax de la escuela {faxRaw}', 'casa de recuperación: {name}, {ssn}, licencia {licRaw}, {email}',
    ],
  },
  negatives: {
    en: [
      ['word', 'a penny for every minute the warmline kept me on hold lol'], ['word', 'mail order charged me 20 bucks for shipping'], ['word', 'carol singers came to the memory care unit, mom loved it'],
      ['word', 'holly berries are poisonous to toddlers right? he chewed one before the dentist'], ['word', 'the iris of my left eye looks cloudy, the health fair said get it checked'], ['word', 'olive oil on the dry skin around the cast ok?'],
      ['word', 'daisy chain of extension cords in the assisted living room, fire hazard?'], ['word', 'basil and lemon instead of salt on the cardiac diet'], ['word', 'is the home test kit free at the drive thru'],
      ['word', 'do i have to chase the insurance myself for the orthotics'], ['word', 'brandy in the eggnog? im in recovery so no thanks'], ['word', 'crystal clear pee means im hydrated enough to donate?'],
      ['word', 'ginger chews for the nausea on vivitrol?'], ['word', 'how long no candy after the fluoride varnish'], ['word', 'my patience is running thin with this renewal'],
      ['word', 'metal rod in my leg, can i still do the hyperbaric'], ['word', 'gale warning today, is the drive thru testing open'], ['word', 'there is a dot of blood under my toenail after the podiatrist'],
      ['word', 'pearl white crowns on baby teeth, really?'], ['word', 'a robin at the window is the only thing that calms mom in memory care'], ['word', 'hazel eyes, does that matter for the genetic test lol'],
      ['word', 'will the prosthesis get wet in the shower'], ['word', 'hope the cast comes off before the wedding'], ['word', 'is there a grace period on the medicaid renewal?'],
      ['word', 'how long does the nasal swab take'], ['word', 'is there a waitlist for the evening IOP'], ['word', 'can family visit during the first 2 weeks of memory care'], ['word', 'what do we bring on move-in day'],
      ['word', 'do you take walk-ins for adjustments'], ['word', 'my insoles squeak in every shoe'], ['word', 'does the trial pay for parking'], ['word', 'how do i switch mail order to a 90-day supply'],
      ['word', 'whats the difference between a living and a deceased donor'], ['word', 'ok ty!'], ['word', 'will do, see u thursday'], ['word', 'WHY IS THE RENEWAL SO CONFUSING'],
      ['word', 'the doctor said the ulcer is finally granulating'], ['word', 'my mom keeps packing her suitcase at night, is that normal in memory care'],
      ['word', 'the cole slaw at the health fair was the best part'], ['word', 'jeans or sweats for the socket fitting?'], ['word', 'sterling silver earrings ok in the hyperbaric chamber?'],
      ['word', 'a bud vase in moms new room, allowed?'], ['word', 'the guy at the orthotics counter said 3 weeks'], ['word', 'does the talker need wifi or cell'],
      ['word', 'the pager went off in the grocery store, false alarm'], ['word', 'do i fast before the cholesterol check at the fair'], ['word', 'my sponsor says one day at a time lol'],
      ['cpt', '98941 for 3-4 regions, is that what i had'], ['cpt', '97110 x3 units at cardiac rehab?'], ['cpt', 'D1351 sealants on 4 molars'], ['cpt', 'D1206 fluoride varnish twice a year covered?'],
      ['cpt', '92523 speech eval with language'], ['cpt', '87635 covid pcr and 87804 flu together?'], ['cpt', '99483 cognitive assessment for mom'], ['cpt', '81162 brca panel, how much'],
      ['cpt', '80307 drug screen every week at IOP'], ['cpt', '99183 hyperbaric supervision per dive?'], ['cpt', '86900 and 86901 on my donor lab slip'], ['cpt', '{cpt} on the chiropractor bill'],
      ['hcpcs', 'L3020 custom insoles denied'], ['hcpcs', 'L5301 below knee socket, covered?'], ['hcpcs', 'A0429 basic life support emergency, what does that mean'], ['hcpcs', 'H0020 methadone admin daily on the EOB'],
      ['hcpcs', 'J2315 vivitrol injection code'], ['hcpcs', 'G0283 e-stim at the chiro'],
      ['icd', 'F11.20 on the IOP paperwork'], ['icd', 'L97.512 foot ulcer code'], ['icd', 'Z95.1 bypass status for rehab'], ['icd', 'K02.9 cavities on the dental claim'], ['icd', 'F80.1 on the IEP'],
      ['icd', 'Z89.511 below knee amputation status'], ['icd', 'U07.1 on the work note'], ['icd', 'F03.90 on the assisted living form'], ['icd', 'M99.03 lumbar, from the chiro'], ['icd', 'B35.1 toenail fungus'],
      ['icd', 'Z52.000 blood donor code?'], ['icd', 'Z13.1 at the health fair screening'], ['icd', '{icd} on the renewal paperwork'], ['ndc', '{ndc} is the 90 day bottle?'],
      ['lab', 'Ct value 31 on the pcr, am i still contagious'], ['lab', 'MoCA 19/30, is that memory care level'], ['lab', 'hemoglobin 12.3, too low to donate?'], ['lab', 'tacrolimus trough 8.2, ok?'],
      ['lab', 'LVEF 35% before rehab, 45% after'], ['lab', 'urine tox positive for THC only'], ['lab', 'fasting glucose 104 at the health fair'], ['lab', 'total cholesterol 212, HDL 38'],
      ['lab', 'ABI 0.6 on the right'], ['lab', 'TcPO2 28 before the dives'], ['lab', 'BNP 420 last week'], ['lab', '{lab} from the trial screening'],
      ['dose', 'methadone 80 mg, going up 5 mg every 3 days'], ['dose', 'suboxone 8 mg/2 mg film twice a day'], ['dose', 'narcan 4 mg nasal, 2 in the kit'], ['dose', 'vivitrol 380 mg monthly'],
      ['dose', 'fluoride toothpaste 5000 ppm at bedtime'], ['dose', 'nitroglycerin 0.4 mg under the tongue, max 3'], ['dose', 'aspirin 81 mg forever after the stent?'], ['dose', 'tacrolimus 2 mg twice daily'],
      ['dose', '{dose} of the trial drug or placebo, who knows'], ['vitals', 'HR 128 at peak, target was 110-130'], ['vitals', '2.0 ATA for 90 minutes per dive'], ['vitals', 'weight 182 lb, down 6'],
      ['vitals', 'BMI 29.4 and waist 38 in at the booth'], ['vitals', 'SpO2 94% on the walk test'], ['vitals', 'K3 level for the new foot'], ['vitals', 'shoe size 10.5 EEE'], ['bp', '{bp} at the health fair booth'],
      ['vitals', 'MLU 2.5 at age 3, is that behind'], ['vitals', 'intelligible 60% of the time to strangers'], ['vitals', 'wound 1.2 x 0.8 cm now, was 3 x 2'], ['vitals', 'METs 5.1 on the last session'],
      ['bp', 'bp 150/95 so they deferred my donation'], ['ratio', 'buprenorphine/naloxone 4:1'], ['ratio', 'dental pays 80/20 on fillings?'], ['ratio', '{ratio} coinsurance after deductible'],
      ['time', 'dosing window 6am to 10am'], ['time', 'swab results in 15 min or 24-48 hrs?'], ['time', 'adjustments at 7:15 before work'], ['time', 'sundowning starts around 4pm'], ['time', '{time} drive thru slot'],
      ['duration', '30 days clean today!!'], ['duration', '56 days between whole blood donations'], ['duration', '90-day supply or 30?'], ['duration', '8 weeks in the cast'], ['duration', '{duration} waiting on the renewal'],
      ['price', '$1,280.00 for a 6 mile ambulance ride'], ['price', 'custom insoles $450 out of pocket'], ['price', 'trial pays $75 per visit'], ['price', 'memory care is $8,900 a month??'],
      ['price', '{price} for the sealants'], ['price', '99 cents for a pill organizer at the health fair'], ['count', '40 dives approved'], ['count', '12 visits on the chiro package'], ['count', '4 cavities on baby teeth'],
      ['count', '3 bottles per shipment'], ['count', '{count} people screened at the fair'], ['room', 'room 214 faces the parking lot'], ['room', 'chamber 2 is the big one'], ['room', 'lane 3 at the drive thru'],
      ['room', 'chair 6 at the blood bank'], ['room', 'bay 5 in the cast room'], ['order', 'mail order {order} missing the pen needles'], ['tracking', 'cold pack shipment {tracking} sat in the sun'],
      ['ticket', 'renewal call ref {ticket}'], ['invoice', 'ambulance {invoice}'], ['confirmation', 'drive-thru slot {confirmation}'], ['lot', 'lot number on the home test kit 2E7K91'],
      ['year', 'clean since {year}'], ['year', 'last dental visit {year} oops'], ['agelow', 'my son is {agelow}, can he do the speech eval'], ['agelow', 'trial is 18-65 only?'], ['agelow', 'donors have to be 17?'],
      ['version', 'the talker app {version} lost his vocabulary pages'], ['planname', '{planname} covers the chiro?'], ['state', 'medicaid from {state} transfers?'], ['weekday', 'is the drive thru open {weekday}'],
      ['weekday', 'IOP meets monday wednesday thursday'], ['pain', 'neck pain {pain} after the adjustment'],
      ['drug', 'camila or errin for the minipill'], ['drug', 'heather is the same as camila?'], ['drug', 'jolivette backordered at mail order'], ['drug', 'aubra vs aviane'], ['drug', 'lessina made me spot'],
      ['drug', 'ella or plan b, which works better'], ['drug', 'jublia for toenail fungus worth it?'], ['drug', 'santyl ointment on the ulcer daily'], ['drug', 'brilinta or plavix after the stent'],
      ['drug', 'aricept vs namenda for mom'], ['drug', 'lyrica for the phantom limb pain'],
      ['eponym', 'is the Bruce protocol the treadmill test they do before rehab'], ['eponym', 'Charcot foot vs a regular ulcer, whats the difference'], ['eponym', "mom's Alzheimer's is worse at night, is that sundowning"],
      ['eponym', 'Morton neuroma or just tight shoes?'], ['eponym', "Sever's disease in my 11 yr old's heels, does he need inserts"], ['eponym', 'Broca aphasia after the stroke, can speech therapy help'],
      ['eponym', 'Lynch syndrome runs in the family, should i see the genetic counselor'], ['eponym', 'do they check for Kell antibodies when i donate'], ['eponym', "my Crohn's flares, can i still join the trial"],
      ['eponym', 'Apgar was 8 and 9, does that matter for speech delay'], ['eponym', 'Wernicke encephalopathy from drinking, is that reversible'], ['eponym', 'Down syndrome and dental sedation, extra steps?'],
      ['brand', "Dr. Scholl's inserts vs your custom ones"], ['brand', 'is Dr Pepper caffeine before the stress test?'], ['brand', "Ben & Jerry's after the extraction? lol"], ['brand', 'Johnson & Johnson covid shot still around?'],
      ['brand', 'Mrs. Dash instead of salt on the cardiac diet'], ['brand', "the kids got happy meals at McDonald's right after the cleaning, oops"], ['brand', 'Jenny Craig or the rehab dietitian?'], ['brand', "Trader Joe's low sodium soups ok for rehab?"],
      ['media', 'the speech therapist used a Bluey episode to practice turn taking'], ['media', "Grey's Anatomy made me scared of the transplant lol"], ['media', 'memory care plays Lawrence Welk reruns all afternoon'],
      ['media', 'we sang Sweet Caroline at IOP karaoke night'], ['media', 'Doc McStuffins bandaids at the pediatric dentist 😍'], ['holiday', 'is the drive thru open on MLK Day'], ['holiday', 'methadone clinic hours on Presidents Day?'],
      ['holiday', "St. Patrick's Day party at memory care, green cake ok for diabetics?"], ['institution', 'St. Jude only takes kids, right'], ['institution', 'Ronald McDonald House for the transplant family?'],
      ['institution', 'second opinion at Mayo Clinic, do you send the records'], ['institution', 'Johns Hopkins genetic lab or yours, which is faster'], ['team', 'Yankees game on tv at assisted living every night'],
      ['team', 'Cowboys jersey day at cardiac rehab 🏈'], ['eponym', 'is a Holter the same as the telemetry at rehab'], ['eponym', 'Kegel exercises after the prostate thing, does PT cover it'],
      ['media', 'mom thinks Wheel of Fortune is on every hour at memory care'], ['holiday', 'Valentines Day blood drive, do i get a cookie'],
      ['public', 'Taylor Swift tickets with the trial stipend lol'], ['public', 'obamacare or medicaid for my son'], ['public', 'saw Dr. Oz say chiropractors fix everything, true?'],
    ],
    es: [
      ['word', 'la pasta blanca del dentista le supo feo'], ['word', 'socorro, ya no entiendo la renovación'], ['word', 'remedios caseros para el callo?'], ['word', 'qué linda la enfermera del banco de sangre'],
      ['word', 'salud! ya cumplí 30 días sin tomar'], ['word', 'el domingo no dan dosis para llevar?'], ['word', 'la residencia es de caridad o se paga?'], ['word', 'hay que tener fe en el trasplante'],
      ['word', 'fuimos al mar, la prótesis se puede mojar?'], ['word', 'alegrías de amaranto en la dieta cardiaca?'], ['word', 'el rey de la casa ya tiene sus selladores'], ['word', 'mi hijo es un ángel con la terapeuta'],
      ['word', 'tomé el curso de primeros auxilios en la feria de salud'], ['word', 'el iris del ojo se ve nublado'], ['word', 'cuánto tarda el hisopado'], ['word', 'hay lista de espera para el grupo de la tarde?'],
      ['word', 'qué llevamos el día de la mudanza a la residencia'], ['word', 'reciben sin cita para ajustes?'], ['word', 'el estudio paga el estacionamiento?'], ['word', 'cómo cambio a surtido de 90 días'],
      ['word', 'ok gracias!'], ['word', 'sale, nos vemos el jueves'], ['word', 'POR QUE ES TAN DIFICIL LA RENOVACION'], ['word', 'mi mamá hace la maleta cada noche, es normal en memoria?'],
      ['word', 'el localizador sonó en el súper, falsa alarma'], ['word', 'ayuno para el colesterol de la feria?'], ['word', 'mi padrino dice un día a la vez jaja'],
      ['word', 'jeans o pants para la prueba del socket?'], ['word', 'aretes de plata en la cámara hiperbárica, se puede?'], ['word', 'el comunicador necesita wifi?'],
      ['cpt', '98941 de 3 a 4 regiones, eso me hicieron?'], ['cpt', 'D1351 selladores en 4 muelas'], ['cpt', 'D1206 barniz de flúor dos veces al año'], ['cpt', '87635 covid y 87804 influenza juntos?'],
      ['cpt', '99483 evaluación cognitiva de mi mamá'], ['cpt', '80307 antidoping cada semana en el programa'], ['cpt', '{cpt} en la cuenta del quiropráctico'],
      ['hcpcs', 'L3020 plantillas a la medida negadas'], ['hcpcs', 'A0429 en la factura de la ambulancia, qué es'], ['hcpcs', 'H0020 metadona diario en el estado de cuenta'],
      ['icd', 'F11.20 en los papeles del programa'], ['icd', 'L97.512 úlcera del pie'], ['icd', 'K02.9 caries en el reclamo dental'], ['icd', 'U07.1 en la incapacidad'], ['icd', 'F03.90 en la forma de la residencia'],
      ['icd', 'B35.1 hongos en las uñas'], ['icd', '{icd} en la renovación'], ['ndc', '{ndc} es el frasco de 90 días?'],
      ['lab', 'Ct de 31 en la PCR, sigo contagiando?'], ['lab', 'MoCA 19/30, ya es para memoria?'], ['lab', 'hemoglobina 12.3, muy baja para donar?'], ['lab', 'nivel de tacrolimus 8.2'],
      ['lab', 'fracción de eyección 35% antes de la rehabilitación'], ['lab', 'glucosa en ayunas 104 en la feria'], ['lab', 'colesterol total 212, HDL 38'], ['lab', '{lab} del estudio'],
      ['dose', 'metadona 80 mg, subiendo 5 mg cada 3 días'], ['dose', 'suboxone 8 mg/2 mg dos veces al día'], ['dose', 'narcan 4 mg nasal, 2 en el kit'], ['dose', 'nitroglicerina 0.4 mg debajo de la lengua'],
      ['dose', 'aspirina 81 mg de por vida después del stent?'], ['dose', '{dose} del medicamento del estudio o placebo'], ['vitals', '2.0 ATA por 90 minutos cada sesión'], ['vitals', 'pesé 82 kilos, bajé 3'],
      ['vitals', 'IMC 29.4 en el módulo de la feria'], ['vitals', 'zapato del 27 y medio'], ['vitals', 'la herida mide 1.2 x 0.8 cm, antes 3 x 2'], ['vitals', 'entiende el 60% de lo que dice'], ['bp', '{bp} en la feria de salud'], ['bp', 'presión 150/95 y no me dejaron donar'], ['ratio', 'el seguro dental paga 80/20'],
      ['time', 'la ventana de dosis es de 6 a 10 de la mañana'], ['time', 'el resultado en 15 minutos o en 24-48 horas?'], ['time', 'ajuste a las 7:15 antes del trabajo'], ['time', 'turno del autoservicio a las {time}'],
      ['duration', '30 días limpio hoy!!'], ['duration', '56 días entre donaciones'], ['duration', '8 semanas con el yeso'], ['duration', 'llevo {duration} esperando la renovación'],
      ['price', '$1,280.00 por 6 millas de ambulancia'], ['price', 'las plantillas $450 sin seguro'], ['price', 'el estudio paga $75 por visita'], ['price', '{price} por los selladores'],
      ['count', 'aprobaron 40 sesiones'], ['count', '12 ajustes en el paquete'], ['count', '4 caries en los dientes de leche'], ['count', '{count} personas en la feria'], ['room', 'el cuarto 214 da al estacionamiento'],
      ['room', 'carril 3 del autoservicio'], ['room', 'sillón 6 del banco de sangre'], ['order', 'el {order} de la farmacia llegó sin agujas'], ['tracking', 'la {tracking} con el hielo se quedó al sol'],
      ['ticket', 'folio de la llamada de renovación {ticket}'], ['invoice', 'la {invoice} de la ambulancia'], ['confirmation', 'turno del autoservicio {confirmation}'], ['year', 'limpio desde {year}'],
      ['agelow', 'mi hijo tiene {agelow} años, le hacen la evaluación de lenguaje?'], ['agelow', 'el estudio es de 18 a 65 nomás?'], ['version', 'la app del comunicador {version} borró las páginas'],
      ['planname', 'el {planname} cubre el quiropráctico?'], ['state', 'el medicaid de {state} se transfiere?'], ['weekday', 'el autoservicio abre el {weekday}?'], ['pain', 'dolor de cuello {pain} después del ajuste'],
      ['drug', 'camila o errin para la minipíldora'], ['drug', 'ella o la pastilla de emergencia normal?'], ['drug', 'jublia para los hongos, sirve?'], ['drug', 'aricept o namenda para mi mamá'],
      ['drug', 'brilinta después del stent'], ['drug', 'lyrica para el dolor del miembro fantasma'],
      ['eponym', 'el mal de Parkinson y el quiropráctico, se puede?'], ['eponym', 'síndrome de Down y la sedación del dentista'], ['eponym', 'la maniobra de Heimlich, la saben en la unidad de memoria?'],
      ['eponym', 'el Alzheimer es de familia? lo ve la asesora genética?'], ['eponym', 'el Papanicolaou en la feria de salud es gratis?'], ['eponym', 'la enfermedad de Chagas impide donar sangre?'],
      ['eponym', 'pie de Charcot o úlcera normal?'], ['brand', 'el Dr. Simi regala consultas, me sirve para la renovación?'], ['brand', 'Gansito Marinela después de la limpieza? jaja'],
      ['brand', 'pan Bimbo integral en la dieta cardiaca'], ['brand', 'en Sanborns venden plantillas?'], ['media', 'en la Rosa de Guadalupe salió un caso igualito jaja'],
      ['media', 'le ponemos canciones de Pedro Infante en la unidad de memoria'], ['media', 'cantamos Las Mañanitas en la residencia, pastel sin azúcar'], ['holiday', 'abren el Día de Reyes?'],
      ['holiday', 'hay campaña de donación el día de San Valentín?'], ['saint', 'la veladora de San Judas Tadeo en el cuarto, se permite?'], ['institution', 'la Cruz Roja cobra el traslado?'],
      ['institution', 'el Instituto de Cardiología Ignacio Chávez manda el expediente?'], ['institution', 'la escuela Benito Juárez pide el reporte de lenguaje'], ['team', 'el partido de las Chivas en la sala de la residencia'],
      ['team', 'mi hijo quiere su prótesis con los colores del América'], ['public', 'pusieron a Bad Bunny en la sala de espera y mi hijo se calmó'], ['public', 'vi a Checo Pérez con collarín en la tele, eso arregla el quiropráctico?'],
      ['public', 'el Obamacare o el medicaid para mi hijo?'],
      ['eponym', 'el Holter es lo mismo que el monitor de rehabilitación?'], ['media', 'mi mamá cree que el Chavo del 8 sale a cada rato en la tele de memoria'], ['saint', 'la kermés del día de San Juan en la residencia, puede ir?'],
    ],
  },
  tails: {
    en: [' (renewal call ref {ticket})', ' - methadone 80 mg btw', ', cholesterol was 212', ' and the swab slot is {time}', ' ({cpt} on the bill)', ' - 90-day supply', ', 40 dives approved', ' fyi LVEF 35%', ', {price} so far', ' (lane 3)'],
    es: [' (folio de renovación {ticket})', ' - metadona 80 mg por cierto', ', el colesterol salió 212', ' y el turno del hisopado es a las {time}', ' ({cpt} en la cuenta)', ' - surtido de 90 días', ', aprobaron 40 sesiones', ', llevo {price}', ' (carril 3)'],
  },
  greetings: {
    en: ['Hi again, ', 'Morning all, ', 'Hiya, ', 'Excuse me, ', 'Hi team :) ', 'Sorry, me again - ', 'Howdy, '],
    es: ['Buen día a todos, ', 'Perdón que moleste, ', 'Hola otra vez, ', 'Qué onda, ', 'Saludos, ', 'Buenas buenas, ', 'Hola de nuevo: '],
  },
};
