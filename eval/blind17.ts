/**
 * An eighteenth, independent set of phrasings for the generator ("blind17"), written blind on
 * 2026-11-28 for the closing blind measurement: its author read eval/ (generator, values, holdout,
 * blind2 … blind8, and the other files of eval/ except blind9 … blind16, whose contents were not
 * opened, listed or searched), DESIGN.md §4 and the first 40 lines of docs/evaluation.md, but
 * nothing under src/, test/, bench/ or scripts/, no other part of docs/, no git history, log, diff
 * or status, and neither the engine nor the evaluation was run on it (only the generator, to check
 * that it loads and generates). It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and
 * blind2.ts … blind8.ts: new situations (allergy shot clinic and build-up vials, lactation
 * consultant home visits and breast pump rentals, bariatric surgery program, rural health clinic,
 * orchard crews and a mobile farmworker unit, eye surgery center (cataract, lens, lasik), hand
 * therapy and splints, diabetic shoe program and the pedorthist, home infusion pharmacy (PICC,
 * elastomeric pumps, per diem), palliative care team and family meetings, NICU family liaison and
 * the family house, student health center, employee assistance program, hearing screening van,
 * vaccine record requests, urgent dental line, Medicare Advantage broker, hospital billing payment
 * plan, language-line and video interpreters, pet-therapy volunteers, pacemaker remote monitoring,
 * directly observed TB therapy, a library blood pressure cuff loan), new cue words for ids
 * ("allergy card #", "lactation client #", "bariatric program chart", "rural clinic pt no",
 * "infusion patient code", "EAP case number", "state immunization registry id", "student health
 * id", "hand therapy file", "the ID band on the isolette", "red white and blue card number",
 * "student insurance id", "vision plan subscriber", "dental plan member", "the number under my name
 * on the card", "payment plan account", "HSA account", "draft it from checking", "CDL", "state id",
 * "interpreter certification #", "IBCLC cert", "broker license", "crew bus", "hearing van plate",
 * "breast pump rental serial", "pacemaker remote monitor", "elastomeric pump", "folio de
 * lactancia", "credencial del servicio médico universitario", "tarjeta roja, blanca y azul",
 * "cuenta del plan de pagos", "cédula profesional de la intérprete", "autobús de la cuadrilla",
 * "extractor de leche rentado"), typos in cue words ("birthdya", "adress", "phoen", "emial",
 * "socail", "medicle record", "memebr id", "polcy", "acount", "lisence", "serail", "cumpleanos",
 * "direcion", "telefno", "numero de afilaido", "expedinte", "cuneta", "licensia", "corre
 * electronico"), ids with no keyword at all, names in every position and case (message start, after
 * verbs, lists, possessives, parentheses, cc, sign-offs on the next line, "atte.", all-caps
 * context, Spanglish, "we call her … but her legal name is …"), ages over 89 in new phrasings
 * ("just turned …", "at … still gardening", "PT AGE …", "sopló las velitas de sus …"), dates after
 * new cue words (DOS, dates of service, start of care, build-up restarted, cast comes off, plan
 * effective, first draft, postmark, "vigencia de la póliza hasta", "fecha de servicio"), addresses,
 * phones, faxes, emails, urls, ips, cards, IBANs, licences, plates and device serials from the
 * generator's slots in these situations, several identifiers per message.
 * Negatives (messages without PHI), about four in five ordinary look-alikes: build-up volumes and
 * vial dilutions, epinephrine, vitamins, vancomycin, cefazolin and flushes, morphine, ibuprofen,
 * lidocaine, omeprazole, rifampin and isoniazid, fenugreek, artificial tears, IgE, INR, A1c, vanco
 * trough, CRP, bili, vitamin D, ferritin, prealbumin, ALT, IOP, axial length and K readings, lens
 * powers, visual acuity, pupil size, grip and pinch strength, range of motion, PPS, SpO2,
 * temperature, pure tone averages and Hz, BMI, weights in lb, kg, oz and grams, pumped mL, formula
 * kcal/oz, TB skin test mm, PHQ-9, battery percentages and years, heart rate, CPT
 * 95117/95004/43644/66984/66821/97760/92551/92552/90715/90686/99213/99497/93294, CDT D0140/D7140,
 * HCPCS A5500/A5512/L3807/E0603/E0781/S9500/J0690, ICD
 * Z51.6/T78.40XA/Z98.84/H25.11/H52.4/M65.311/E11.621/T82.7XXA/P07.35/Z23/Z45.018/A15.0/O91.23, NDC
 * codes, extract, vaccine and auto-injector lot numbers, lens models, claim lines, MA plan contract
 * numbers and RxBIN/PCN, star ratings, prices and monthly payments, times,
 * room/pod/bed/chair/floor/lot numbers, counts, a 90-day supply and other 90s and 96s that are not
 * ages, order/ticket/tracking/invoice/confirmation numbers, and words that are also given names
 * (will, hope, may, mark, bill, grant, drew, pat, ray, art, earl, sterling, crystal, amber, hazel,
 * iris, frank, lance, pierce, miles, norm, chip, sue, destiny, harmony; luz, paz, rosa, dolores,
 * esperanza, consuelo, pilar, sol, amparo, soledad, alegría, cruz, rocío, victoria, milagros,
 * gloria, blanca, clara, socorro, constancia, remedios, fe, dulce, domingo, rosario, estrella,
 * celeste, violeta, margarita, iris); about one in five harder look-alikes named after people or
 * places that are not PHI: eponyms (de Quervain, Dupuytren, Charcot, Roux-en-Y, Fuchs, Ménière,
 * Montgomery glands, Hickman line, Karnofsky, Tommy John, Glasgow coma scale, Bell's palsy, Epley,
 * Raynaud, Papanicolaou, Sjögren), products (Dr. Scholl's, Mrs. Dash, Dr. Brown's, Orville
 * Redenbacher, Little Debbie, Marie Callender's, Jimmy Dean, Chef Boyardee, Lansinoh, Ben &
 * Jerry's, Dr. Simi, Doña María, chocolate Abuelita, Tía Rosa, Gansito, Vick, Don Julio), stores
 * and banks (Walgreens, Trader Joe's, Chase, Wendy's, McDonald's, Farmacias Guadalajara, Farmacias
 * del Ahorro), shows (Grey's Anatomy, Dr. Pimple Popper, Doc McStuffins, Sesame Street, La Rosa de
 * Guadalupe, Plaza Sésamo, El Chavo del Ocho), songs (Sweet Caroline, Jolene, Las Mañanitas, Amor
 * Eterno, Cielito Lindo, a Selena song), holidays (MLK Day, Presidents' Day, St. Patrick's Day, Día
 * de Reyes, San Valentín, San Isidro Labrador), saints (St. Jude, Saint Lucy, St. Anthony, Santa
 * Lucía, San Judas Tadeo, San Antonio, San Ramón Nonato), institutions (Ronald McDonald House, Mayo
 * Clinic, Johns Hopkins, Shriners, Lions Club, Make-A-Wish, Salvation Army, Cruz Roja, Teletón),
 * landmarks (Grand Canyon, Golden Gate Bridge, Chichén Itzá), teams (Dodgers, Cowboys, Chivas,
 * América, Cruz Azul, Pumas), public figures in passing (Dr. Oz, Taylor Swift, Bad Bunny, Frida
 * Kahlo, Selena, Juan Gabriel) and therapy pets with human names.
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND17_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'allergy shots: {first} got a welt the size of a quarter after vial 3, is that normal', 'is {provider} doing the build-up injections this week or is it someone new',
        'lactation visit - {name} here, baby still clicks on the left side', 'can the IBCLC {first} come to the house or is it video only now',
        'bariatric support group: {first} and {first} want to carpool to the pre-op class', 'please add {name} to the protein shake tasting before the bypass',
        'rural clinic: the PA {name} saw me for the cough, who do i ask about the xray', 'crew leader says {name} sliced his palm on a ladder rung, can the mobile unit swing by',
        'cataract surgery in the morning, {relative} is driving me, can she wait in the lobby', 'eye surgery center asked who is picking me up after, its {name}',
        'hand therapy: {first} molded my splint too tight, fingertips going purple', 'my OT {name} said to text if the thumb spica rubs again',
        'diabetic shoe program - does the pedorthist {first} need another foot tracing', 'home infusion nurse {first} is coming at 2 to redo the PICC dressing',
        'the infusion pharmacist, {provider}, left a message about the vanco trough', 'palliative team, please update {relative} directly, i cant keep up with the calls',
        'chaplain visit requested for {titled} on 4 west, the family asked for one', 'NICU family liaison {first} found us a room at the family house, tell her thank you',
        "{first}'s frozen milk is in the freezer bin with the purple label", 'student health: {name} from the north dorms, fever since last night',
        'EAP counselor {name} said six sessions are free, can I switch to someone else tho', 'hearing van tech {first} said my right ear did not pass the screen',
        'immunization records request for {name}, needs them for the nursing program', 'urgent dental line: {relative} cracked a molar on a popcorn kernel, who is on call',
        'my broker {name} put me in an advantage plan i never agreed to', 'payment plan was set up by {first} in patient financial services',
        'need a cantonese interpreter for {name} tomorrow, video is fine', 'the interpreter {first} was wonderful, can we request her again for the family meeting',
        'pet therapy volunteer {name} and her lab came by and dad smiled for the first time in weeks', 'pacemaker clinic says {name} missed the remote transmission again',
        'TB outreach: {first} watches me take the pills on video, can we switch to 8am', 'ALLERGY CLINIC - {name} - HIVES AFTER SHOT, PLS CALL BACK',
        'hi its {first}, the one with the left wrist fracture and the purple cast', 'pls let {first}, {first} and {first} know their shoes came in',
        'can my sister come to the lactation visit too?\n-- {first}', 'thanks again {provider}!! colors look so bright now 🙌',
        'who is {name}? she left a voicemail about my infusion delivery', 'cc {name} (my health care proxy) on the palliative notes pls',
        'ask for {titled} at the dental window, she has my x-rays', "{relative}'s eye keeps watering after the lens surgery, normal?",
        'the van driver {first} said come back for a retest in a month', 'work-study kid {first} at the front desk said the flu clinic ran out',
        'broker told me to talk to {first}, but {first} never called back', 'therapy dog handler {name} asked if 5 west allows visits now',
        'we call grandma {first} but her legal name is {name}, for the hospice forms', 'signed,\n{name}', 'bariatric surgeon {provider} wants me down 10 lbs before surgery',
        'is {first} the lactation lady or the dietitian? i mixed them up', 'my wife {first} and i both got the allergy panel, can we do shots on the same day',
        'shout out to {first} and {first} on the infusion team, they never once missed a delivery', 'language line put me with {first}, but the call dropped halfway',
        'the broker {first} came to my house with a tablet and had me sign stuff', 'DENTAL LINE PLS: {name}, bleeding wont stop since the extraction',
        'per {first} in billing the late fee gets waived if i stay on the plan', 'my dad {first} keeps asking when the therapy dog comes back, he calls her his girlfriend lol',
        'the student health nurse ({first}) told me to go to urgent care instead', "i'm {name}'s daughter, she doesn't have email, can you text me the results",
        'send the TB pill videos to {first}, not to the old worker', 'can {provider} sign the hearing aid clearance or does it need an ENT',
      ],
      es: [
        'clínica de alergias: a {first} le salió una roncha como moneda con la vacuna del frasco 3', '¿{provider} va a poner las inyecciones de alergia esta semana o alguien nuevo?',
        'la asesora de lactancia {first} viene a la casa o ya nomás por video?', 'soy {name}, el bebé no se prende bien del lado izquierdo',
        'grupo de bariátrica: {first} y {first} quieren irse juntas a la plática', 'apunten a {name} en la degustación de batidos de proteína antes del bypass',
        'en la clínica rural me atendió {name}, a quién le pido lo de la radiografía', 'el mayordomo dice que {name} se cortó la mano con la escalera en la huerta',
        'mañana es la cirugía de catarata, me lleva {relative}, puede esperar en la sala?', 'la terapeuta de mano {first} me dejó la férula muy apretada, se me ponen moraditos los dedos',
        'el del programa de zapatos, {first}, ocupa otra vez la huella del pie?', 'la enfermera de infusión {first} viene a las 2 a cambiar el apósito del PICC',
        'equipo de paliativos: por favor hablen directo con {relative}, yo ya no puedo', 'la enlace de familias de la UCIN, {first}, nos consiguió cuarto en la casa de familias',
        'servicio médico estudiantil: {name} de los dormitorios, con fiebre desde anoche', 'el consejero del EAP, {name}, dice que son seis sesiones gratis',
        'la técnica del camión de audición, {first}, dijo que no pasé la prueba del oído derecho', 'solicitud de cartilla de vacunación para {name}, la piden en la escuela de enfermería',
        'línea de urgencias dentales: {relative} se quebró una muela con un grano de maíz', 'mi agente de seguros {name} me cambió a un plan advantage sin preguntar',
        'en facturación {first} me armó el plan de pagos', 'necesitamos intérprete de mixteco para {name} mañana temprano',
        'la intérprete {first} fue un amor, la pueden pedir otra vez para la junta familiar?', 'la voluntaria {name} y su perrito visitaron a mi papá y por fin sonrió',
        'de la clínica de marcapasos dicen que {name} no mandó la transmisión', 'HOLA SOY {name} Y NADIE ME HA LLAMADO DE LA CLÍNICA DE ALERGIAS',
        'avísenle a {first} y a {first} que ya llegaron sus zapatos', 'gracias {provider}!! ya veo los colores clarito 🙌', 'quién es {name}? me dejó recado de la entrega de la infusión',
        'pregunten por {titled} en la ventanilla dental, ella tiene mis radiografías', 'a {relative} le lloran los ojos después de la cirugía del lente, es normal?',
        'en la casa le decimos {first} pero se llama {name}, para los papeles de hospicio', 'oye, el appointment de {name} es con la lactation consultant o con la nutrióloga?',
        'ya quedó, muchas gracias\natte. {name}', 'el cirujano bariátrico, {provider}, quiere que baje 5 kilos antes', 'la de la camioneta de audición dijo que le marque a {first}',
        'la tarjeta de {first} dice otra clínica, la de {name} sí es de aquí',
        'un saludo para {first} y {first} del equipo de infusión, nunca fallaron una entrega', 'la línea de intérpretes me pasó con {first} pero se cortó la llamada',
        'el agente {first} vino a la casa con una tableta y me hizo firmar', 'LÍNEA DENTAL: {name}, no para de sangrar desde la extracción', 'según {first} de facturación me quitan el recargo si sigo en el plan',
        'mi papá {first} pregunta cuándo regresa la perrita, dice que es su novia jaja', 'soy la hija de {name}, ella no tiene correo, me mandan a mí los resultados?',
        'mándenle los videos de las pastillas de TB a {first}, no a la trabajadora anterior', 'la doctora de ojos ya se fue? quería hablar con {provider}',
      ],
    },
    DATE: {
      en: [
        'first allergy shot {date}, then twice a week for the build-up?', 'build-up restarted {date} after the reaction, back to vial 2', 'lactation weigh-in {date}, she gained 4 oz',
        'bypass is booked for {date}, liquid diet two weeks before that', 'the shoe fitting got moved to {date}, can my daughter come', 'left eye {date}, right eye two weeks after',
        'cast comes off {date}, when does hand therapy start', 'PICC placed {date}, dressing change every 7 days right', 'start of care {date} for the home infusion',
        'palliative consult {date}, family meeting right after', 'NICU liaison thinks discharge could be {date}', 'is the student health flu clinic still {date}?',
        'EAP intake {date} at 4, can it be virtual', 'hearing van comes back to the plant {date}', 'need proof of the MMR doses, got them {date} at the county',
        'tooth broke {date}, face swollen since', 'advantage plan effective {date}, do i cancel the old one myself', 'first payment plan draft {date}, 12 months',
        'interpreter needed {date} 9am, cantonese, cardiology', 'can the therapy dogs come {date}? its her last good week', 'pacemaker check {date}, remote or in person',
        'DOS {date} on the bill is wrong, i was out of state', 'dates of service {date} thru {date} for the infusion per diem', '{dob} - allergy shot patient',
        'verifying {dob} for the vaccine record request', 'birthdya {dobRaw} not what the portal shows', 'baby arrived {dobRaw} at 34 weeks, NICU since',
        'the check was mailed {date} per the postmark', 'hand surgery was {date}, therapy says 6 weeks in the splint', 'enrollment deadline is {date} according to my broker',
        'the therapy dog program has orientation {date}, can i bring my own dog', 'last transmission from the pacemaker was {date}, nothing since', 'broker said the plan change goes through {date}',
        'she started pumping {date} and supply dropped after the first week', 'my kid was seen at urgent dental {date}, still no claim', 'TB pills started {date}, 6 months total?',
      ],
      es: [
        'primera vacuna de alergia el {date}, luego dos por semana?', 'reiniciaron la dosis el {date} después de la reacción', 'la pesada con la asesora de lactancia fue el {date}',
        'el bypass es el {date}, dieta líquida dos semanas antes', 'la prueba de los zapatos la pasaron al {date}', 'catarata del ojo izquierdo el {date} y del derecho dos semanas después',
        'me quitan el yeso el {date}, cuándo empieza la terapia de mano?', 'pusieron el PICC el {date}, se cambia cada 7 días?', 'inicio del servicio de infusión en casa: {date}',
        'junta con paliativos el {date}', 'la enlace dice que de la UCIN sale como el {date}', 'hay vacunas en el servicio estudiantil el {date}?', 'cita del EAP el {date} a las 4',
        'el camión de audición regresa el {date}', 'necesito constancia de la vacuna que me pusieron el {date}', 'se me quebró la muela el {date} y sigo hinchada',
        'el plan advantage empieza el {date}', 'primer cargo del plan de pagos el {date}', 'intérprete para el {date} a las 9, cardiología', 'fecha de servicio {date} está mal, yo no fui',
        'del {date} al {date} estuvo con la infusión en casa', '{dob}, paciente de alergias', 'cumpleanos {dobRaw}, en el portal sale otro', 'nació la bebé el {dobRaw}, de 34 semanas',
        'vigencia de la póliza hasta el {date}?', 'la operación de la mano fue el {date}',
        'la última transmisión del marcapasos fue el {date}', 'empezó a sacarse leche el {date} y bajó la producción', 'las pastillas de TB empezaron el {date}, son 6 meses?',
        'el agente dice que el cambio de plan queda el {date}', 'FECHA DE NAC. {dobRaw}, la tienen mal en el portal',
      ],
    },
    AGE_OVER_89: {
      en: [
        'allergy shots at {ageRaw}? my dad insists his hay fever is worse than ever', 'cataract surgery for grandma, {ageRaw}, is the sedation safe', 'palliative team: he is {ageRaw} and done with hospitals',
        'she just turned {ageRaw}, and now the hearing van says hearing aids', 'at {ageRaw} still gardening every day, hand therapy for the trigger finger',
        'broker says at {ageRaw} the premium stays the same, true?', 'diabetic shoes for my uncle ({ageRaw}), what paperwork does medicare want', 'home infusion for someone who is {ageRaw}, any extra precautions',
        'PT AGE {ageRaw}, DNR ON FILE, FAMILY AT BEDSIDE', 'the therapy dog visits my great grandma, {ageRaw}, every thursday', 'our oldest pet therapy volunteer is {age90}',
        '{age90}, lives alone out past the county road, needs a copy of her shot record', 'grandpa is {ageRaw} and wants lasik lol', 'tooth abscess, patient is {ageRaw} and on blood thinners',
      ],
      es: [
        'vacunas de alergia a los {ageRaw}? mi papá insiste', 'catarata para mi abuela de {ageRaw}, la sedación no le hace daño?', 'paliativos: tiene {ageRaw} y ya no quiere hospital',
        'sopló las velitas de sus {ageRaw} y ahora la del camión dice que ocupa aparatos', 'con {ageRaw} sigue en la huerta, terapia de mano para el dedo en gatillo', 'el agente dice que con {ageRaw} no sube la prima',
        'zapatos para diabéticos para mi tío ({ageRaw}), qué papeles pide medicare', 'PACIENTE DE {ageRaw}, NO REANIMAR EN EXPEDIENTE', 'mi bisabuela de {ageRaw} espera al perrito de terapia cada jueves',
        'la voluntaria más grande del programa tiene {age90}', 'absceso dental en un señor de {ageRaw} que toma anticoagulante',
      ],
    },
    ADDRESS: {
      en: [
        'ship the allergy extract cooler to {address}, someone is home after 3', 'lactation home visit at {address}, the buzzer is broken so text first', 'bariatric vitamins auto-ship to {address}',
        'rural clinic outreach: we are past the grain elevator, {address}', 'crew housing is at {address}, the mobile unit can park by the bins', 'can the post-op drops be delivered to {address}?',
        'any hand therapy closer to {city}? the drive is killing my wrist', 'diabetic shoes ship to {address}, not the clinic', 'infusion deliveries go to {address} from now on, we moved in with my son',
        'the hospital bed for palliative goes to {address}', 'family house or a hotel near {city}, which is closer to the NICU', 'student health mailing address is {address}',
        'does the hearing van stop in {city}?', 'mail the shot record to {address}', 'urgent dental open on sundays near {zipRaw}?', 'which advantage plans are available in {zip}',
        'billing statements should go to {address}, the old one is wrong', 'adress for the shoes: {address}', 'the interpreter should meet us at {address}, its a house visit',
        'we are staying in {city} while he gets the infusions',
        'the orientation for pet therapy volunteers, is it at {address}?', 'TB meds get dropped at {address} when i miss the video', 'send the new hearing aid batteries to {address}',
        'we drive in from {city} for the bypass follow ups, any telehealth?',
      ],
      es: [
        'manden la hielera del extracto de alergia a {address}, hay alguien después de las 3', 'visita de lactancia en {address}, el timbre no sirve', 'las vitaminas de bariátrica a {address}',
        'vivimos pasando el silo, {address}', 'las casas de la cuadrilla están en {address}, la unidad móvil se puede parar junto a las cajas', 'las gotas de después de la cirugía a {address}?',
        'hay terapia de mano más cerca de {city}?', 'los zapatos a {address}, no a la clínica', 'la infusión ahora se entrega en {address}, nos cambiamos con mi hijo',
        'la cama de hospital para paliativos va a {address}', 'el camión de audición pasa por {city}?', 'manden la cartilla a {address}', 'dentista de urgencia abierto el domingo cerca del {zipRaw}?',
        'qué planes advantage hay en el {zip}', 'direcion para los zapatos: {address}', 'estamos en {city} mientras le ponen la infusión',
        'las pilas del audífono a {address} porfa', 'venimos desde {city} para las citas del bypass, hay por video?', 'si no hago el video me traen las pastillas a {address}',
      ],
    },
    PHONE: {
      en: [
        'allergy nurse call-back at {phoneRaw} pls, i work nights', 'lactation warmline? all i have is {phoneRaw}', 'bariatric coordinator wanted my cell, its {phoneRaw}', 'crew leader {phoneRaw} can translate for us',
        'ride home after the cataract: {relative} {phoneRaw}', 'send the hand therapy reminders to {phoneRaw} instead', 'after-hours infusion pharmacy {phoneRaw}?? nobody picks up',
        'palliative nurse can call my brother at {phoneRaw}', 'EAP said call {phoneRaw} for the counselor, is that right', 'the broker keeps calling from {phoneRaw}, make it stop',
        'phoen # {phoneRaw}', '{phone} - dental emergency, please call back', 'the hearing van number on the flyer was {phoneRaw}, disconnected',
        'pacemaker clinic can reach me at {phoneRaw}, the landline, not the cell', 'interpreter for my mom, conference in her number too: {phoneRaw}',
      ],
      es: [
        'que la enfermera de alergias me llame al {phoneRaw}, trabajo de noche', 'de lactancia me dieron el {phoneRaw}, es el correcto?', 'el mayordomo {phoneRaw} puede traducir',
        'quien me recoge de la catarata: {relative} {phoneRaw}', 'los recordatorios de terapia de mano al {phoneRaw}', 'la farmacia de infusión de noche {phoneRaw}?? nadie contesta',
        'la enfermera de paliativos puede hablarle a mi hermano al {phoneRaw}', 'el agente me marca del {phoneRaw} a cada rato', 'telefno {phoneRaw}', '{phone}, urgencia dental, regrésenme la llamada',
        'el número del volante del camión de audición era {phoneRaw}',
      ],
    },
    FAX: {
      en: [
        'fax the allergy extract order to {faxRaw}', 'shoe rx goes to the pedorthist fax {faxRaw}', 'infusion referral fax {faxRaw}, attn intake', 'send the surgical clearance to our doctors fax {faxRaw}',
        'student health fax for immunization forms: {faxRaw}', '{fax} - palliative team, attn social work',
      ],
      es: [
        'manden la orden de extracto por fax al {faxRaw}', 'la receta de zapatos al fax del pedortista {faxRaw}', 'referencia de infusión por fax {faxRaw}, atención ingresos', '{fax}, equipo de paliativos',
      ],
    },
    EMAIL: {
      en: [
        'lactation handouts to {email} please', 'my bariatric food log goes to {email} every sunday', 'send the immunization record to {email}, its for the nursing program',
        'payment plan agreement to {email}', 'EAP confirmation went to {email} but thats my work email, pls change it', 'emial {email}', 'the broker emailed me from {email}, is he legit?',
      ],
      es: [
        'las hojas de lactancia a {email} porfa', 'el registro de comidas de bariátrica va a {email}', 'la cartilla de vacunación a {email}, es para la escuela',
        'el convenio del plan de pagos a {email}', 'corre electronico {email}', 'el agente me escribió de {email}, es de confianza?',
      ],
    },
    URL: {
      en: ['my allergy shot log is at {url}', 'NICU camera link {url} not loading', 'my volunteer profile page {url}', 'payment portal {url} says account not found', 'are hearing results posted at {url}?'],
      es: ['mi registro de vacunas de alergia está en {url}', 'el link de la cámara de la UCIN {url} no carga', 'el portal de pagos {url} dice cuenta no encontrada', 'los resultados de audición en {url}?'],
    },
    IP_ADDRESS: {
      en: ['eye center portal blocked {ip}', 'interpreter video froze, error from {ip}', 'student health portal locked me out, ip {ip}', 'the NICU webcam at {ip} asks for a password'],
      es: ['el portal del centro de ojos bloqueó {ip}', 'se congeló el video de la intérprete, error desde {ip}', 'el portal estudiantil me bloqueó, ip {ip}'],
    },
    SSN: {
      en: [
        'payment plan application needs the guarantor social {ssnRaw}', 'can the vaccine registry look me up by social? {ssnRaw}', 'broker wrote my social wrong on the enrollment, its {ssnRaw}',
        'student health billing wants {ssnRaw} for the insurance waiver??', 'no social, the crew leader says use my itin {ssnRaw}', 'socail {ssnRaw}',
      ],
      es: [
        'el plan de pagos pide el social del responsable {ssnRaw}', 'el agente puso mal mi seguro social en la inscripción, es {ssnRaw}', 'no tengo social, el mayordomo dice que use mi ITIN {ssnRaw}',
        'para qué quiere el servicio estudiantil {ssnRaw}??',
      ],
    },
    MRN: {
      en: [
        'allergy card # {mrnRaw}', 'lactation client # {mrnRaw}', 'bariatric program chart {mrnRaw}', 'rural clinic pt no {mrnRaw}', 'hand therapy file {mrnRaw}', 'infusion patient code {mrnRaw}',
        'EAP case number {mrnRaw}', 'state immunization registry id {mrnRaw}', 'student health id {mrnRaw}', 'medicle record {mrnRaw}', 'the ID band on the isolette says {mrnRaw}',
        'eye center pt number is {mrnRaw} on the discharge sheet', 'TB program id {mrnRaw}', 'pacemaker clinic patient # {mrnRaw}',
      ],
      es: [
        'tarjeta de alergias # {mrnRaw}', 'folio de lactancia {mrnRaw}', 'expedinte de bariátrica {mrnRaw}', 'número de paciente de la clínica rural {mrnRaw}', 'caso del EAP {mrnRaw}',
        'registro estatal de vacunas {mrnRaw}', 'credencial del servicio médico universitario {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'advantage member id {planRaw}, broker says it changed', 'red white and blue card number {planRaw}', 'student insurance id {planRaw}', 'vision plan subscriber {planRaw} for the lasik discount',
        'dental plan member {planRaw}, cracked tooth', 'the diabetic shoes get billed to {planRaw}', 'infusion per diem goes under {planRaw}', 'memebr id {planRaw}', 'polcy {planRaw}',
        'the number under my name on the card: {planRaw}',
        'the breast pump is billed under {planRaw}', 'my dual special needs plan card: {planRaw}', 'copied from the front of the card, {planRaw}',
      ],
      es: [
        'número de afiliado del plan advantage {planRaw}', 'seguro estudiantil {planRaw}', 'numero de afilaido {planRaw}', 'el seguro dental es {planRaw}', 'los zapatos se cobran a {planRaw}',
        'la tarjeta roja, blanca y azul dice {planRaw}',
      ],
    },
    ACCOUNT_NUMBER: {
      en: ['payment plan account {acctRaw}', 'hospital billing acct {acctRaw}, $50 a month', 'acount # {acctRaw}', 'HSA account {acctRaw} for the lasik', 'draft it from checking {acctRaw}'],
      es: ['cuenta del plan de pagos {acctRaw}', 'cuneta {acctRaw}', 'que lo saquen de mi cuenta de cheques {acctRaw}', 'cuenta del hospital {acctRaw}'],
    },
    LICENSE_NUMBER: {
      en: [
        'CDL {licRaw}, will the eye surgery affect my medical card?', 'state id {licRaw} for picking up the infusion meds', 'interpreter certification # {licRaw}', 'IBCLC cert {licRaw} for the superbill',
        'broker license {licRaw}, is he even real', 'lisence {licRaw}', 'passport {licRaw} for the travel letter from student health',
      ],
      es: ['licencia de manejo {licRaw}', 'pasaporte {licRaw} para lo de la visa H-2A', 'cédula profesional de la intérprete {licRaw}', 'licensia {licRaw}'],
    },
    NPI: {
      en: ['surgeon npi {npiRaw} for the cataract prior auth', 'prescriber npi on the infusion referral {npiRaw}', 'the pedorthist needs the certifying md npi, {npiRaw}'],
      es: ['npi del cirujano {npiRaw}', 'npi de quien firma los zapatos {npiRaw}'],
    },
    VEHICLE_ID: {
      en: [
        'hearing van plate {vehicleRaw} is blocking my driveway', 'my ride after lasik is a blue sedan {vehicleRaw}', 'parking validation for the infusion center, car {vehicleRaw}',
        'the crew bus {vehicleRaw} is how we get to the clinic', 'VIN on the title {vehicleRaw}, why does the broker want that??',
      ],
      es: ['las placas del camión de audición {vehicleRaw}', 'el que me recoge es un sedán azul {vehicleRaw}', 'el autobús de la cuadrilla {vehicleRaw} nos trae a la clínica'],
    },
    DEVICE_ID: {
      en: [
        'elastomeric pump {deviceRaw} still full after 12 hours', 'infusion pump serail {deviceRaw}', 'hospital grade breast pump rental, serial {deviceRaw}', 'lost a hearing aid at the van, {deviceRaw}',
        'pacemaker remote monitor {deviceRaw} says no signal', 'the bp cuff from the library {deviceRaw} gives error 3',
      ],
      es: ['la bomba de infusión {deviceRaw} pita', 'el extractor de leche rentado {deviceRaw}', 'perdí el audífono {deviceRaw}', 'el monitor del marcapasos {deviceRaw} no conecta'],
    },
    CREDIT_CARD: {
      en: ['allergy copay on {cardRaw}', 'payment plan autopay {cardRaw}', 'lasik deposit on {cardRaw}', 'dental emergency fee, {cardRaw}', 'breast pump rental {cardRaw}'],
      es: ['el copago de alergias con {cardRaw}', 'el cargo automático del plan de pagos a {cardRaw}', 'el anticipo de la cirugía de ojos con {cardRaw}', 'la renta del extractor con {cardRaw}'],
    },
    IBAN: {
      en: ['exchange student from spain, refund the health fee to {ibanRaw}', 'interpreter invoice payable to {ibanRaw}', 'refund the payment plan overpayment to {ibanRaw}'],
      es: ['soy estudiante de intercambio, el reembolso a {ibanRaw}', 'la factura de la intérprete se paga a {ibanRaw}', 'lo que pagué de más en el plan, a {ibanRaw}'],
    },
  },
  idFrames: {
    en: [
      'the broker asked for {X} on a recorded line', 'front desk at the eye center: {X}', 'vaccine record request form, box 4: {X}', 'payment plan paperwork wants {X}',
      'the interpreter read it back as {X}, correct?', 'scribbled on the infusion box: {X}', '{X} (from my wallet)', 'student health portal wont save {X}', 'READ BACK: {X}', 'lactation intake sheet: {X}',
    ],
    es: [
      'el agente pidió {X} en la llamada grabada', 'en recepción del centro de ojos: {X}', 'solicitud de cartilla, casilla 4: {X}', 'el plan de pagos pide {X}',
      'la intérprete lo repitió como {X}, está bien?', 'lo anoté en la caja de la infusión: {X}', '{X} (de mi cartera)', 'el portal estudiantil no guarda {X}', 'CONFIRMO: {X}', 'ahí va: {X}',
    ],
  },
  mixed: {
    en: [
      'allergy shot reaction: {name}, {dob}, {phoneRaw}, vial 3', 'lactation intake {name} {dobRaw}, baby born {date}, {plan}', 'bariatric referral {name} from {provider} {npi}, fax {faxRaw}',
      'rural clinic: {name}, no street address, just {city}, cell {phoneRaw}', 'farmworker {name}, itin {ssnRaw}, crew bus {vehicleRaw}', 'cataract {date}: {name}, driver {relative} {phoneRaw}',
      'hand therapy {name} {mrn}, splint check {date}', 'shoes for {name}, {plan}, ship to {address}', 'infusion: {name}, pump {deviceRaw}, deliver to {address}, nurse {first}',
      'palliative family meeting {date}: {relative}, {relative}, {email}', 'student {name}, health id {mrnRaw}, {email}, {phoneRaw}', 'payment plan: {name}, acct {acctRaw}, autopay {cardRaw}',
      'broker {name} lic {licRaw} enrolled {name} under {planRaw}', 'interpreter for {name} ({ageRaw}) on {date} at {address}', 'vaccine record for {name} {dob} to {email}',
      '{name}\n{dobRaw}\n{address}\n{phoneRaw}',
      'TB DOT: {name}, program id {mrnRaw}, video at {time}, backup {phoneRaw}', 'pacemaker transmission missed: {name}, {dob}, monitor {deviceRaw}, {relative} {phoneRaw}',
    ],
    es: [
      'reacción a la vacuna de alergia: {name}, {dob}, {phoneRaw}', 'ingreso a lactancia {name} {dobRaw}, el bebé nació el {date}, {plan}', 'clínica rural: {name}, sin dirección, nomás {city}, cel {phoneRaw}',
      'jornalero {name}, ITIN {ssnRaw}, autobús {vehicleRaw}', 'catarata el {date}: {name}, lo lleva {relative} {phoneRaw}', 'terapia de mano {name} {mrn}, revisión de férula el {date}',
      'zapatos para {name}, {plan}, mandar a {address}', 'infusión: {name}, bomba {deviceRaw}, entregar en {address}', 'junta de paliativos el {date}: {relative}, {email}',
      'plan de pagos: {name}, cuenta {acctRaw}, tarjeta {cardRaw}', 'intérprete para {name} ({ageRaw}) el {date} en {address}', 'cartilla de {name} {dob} a {email}',
      'hola, soy {name}, my member id es {planRaw} y mi cel {phoneRaw}', '{name}\n{dobRaw}\n{address}',
      'marcapasos: {name}, {dob}, monitor {deviceRaw}, hija {first} {phoneRaw}', 'urgencia dental para {relative}, {plan}, pago con {cardRaw}',
    ],
  },
  negatives: {
    en: [
      ['dose', 'build-up goes 0.05 mL, 0.10, 0.15, 0.20 then next vial right?'], ['ratio', 'vial 4 is 1:1000 v/v, why is the cap blue'], ['dose', 'epinephrine 0.3 mg auto-injector, do i bring it to every shot'],
      ['dose', 'bariatric multivitamin 2 chews a day plus calcium citrate 500 mg three times'], ['dose', 'B12 1000 mcg under the tongue or the monthly shot'], ['dose', 'vanco 1.25 g every 12 hours through the PICC'],
      ['dose', 'flush 10 mL saline then 5 mL heparin 100 units/mL, in that order?'], ['dose', 'morphine 5 mg every 4 hours as needed, is 2 extra doses too many'], ['dose', 'ibuprofen 600 and acetaminophen 500 alternating for the toothache'],
      ['dose', 'prednisolone eye drops 4x a day for a week then 3x'], ['dose', '{dose} of the antihistamine before the shot?'], ['dose', 'a 90-day supply of the eye drops, is that allowed'],
      ['lab', 'IgE 450, is that high for dust mites'], ['lab', 'INR 2.4 on warfarin, ok for the extraction'], ['lab', 'A1c 8.4, do i still qualify for the shoes'], ['lab', 'vanco trough 17.2 this morning'],
      ['lab', 'CRP 12 since the line went in'], ['lab', 'bili 14 at three days old'], ['lab', '{lab} from the student health draw'], ['lab', 'platelets 98, can the dentist still pull it'],
      ['vitals', 'IOP 18 in both eyes'], ['vitals', 'axial length 23.52 mm, K 43.25 / 44.00'], ['vitals', 'vision 20/25 on day one after surgery'], ['vitals', 'grip 42 lbs left, 61 right'],
      ['vitals', 'pinch strength 9 lbs, up from 6'], ['vitals', 'PPS 40% per the palliative note'], ['vitals', 'SpO2 93% on 2 L'], ['vitals', 'pure tone average 35 dB on the right'],
      ['vitals', 'notch at 4000 Hz, noise damage?'], ['vitals', 'BMI 42.6, is 40 the cutoff for surgery'], ['vitals', 'down 38 lbs since the bypass'], ['vitals', 'she was 7 lb 2 oz at the weigh-in, up 4 oz'],
      ['vitals', 'pumping 90 mL per session, is that enough'], ['vitals', 'TB skin test 0 mm, read at 48 hours'], ['score', 'PHQ-9 of 14 at the EAP intake'], ['vitals', 'hearing aid shows 90% battery but dies by noon'],
      ['vitals', 'pacemaker battery 7.5 years left'], ['vitals', 'HR 60 paced all day'], ['pain', 'wrist {pain} after therapy'], ['bp', '{bp} with the library cuff'],
      ['cpt', '95117 twice on one day, is that right'], ['cpt', '95004 skin prick times 40'], ['cpt', '43644 for the bypass, prior auth done?'], ['cpt', '66984 for the cataract, 66821 for the laser later'],
      ['cpt', '97760 for the splint fitting'], ['cpt', '92551 hearing screen on the van, free?'], ['cpt', '90715 Tdap on my shot record'], ['cpt', '99497 advance care planning, is there a copay'],
      ['cpt', '93294 remote pacemaker check every 3 months'], ['cdt', 'D0140 limited exam plus D7140 extraction'], ['cpt', '{cpt} on the student health bill'],
      ['hcpcs', 'A5500 shoes plus A5512 inserts, 3 pairs a year'], ['hcpcs', 'L3807 for the wrist hand finger orthosis'], ['hcpcs', 'E0603 breast pump, covered once per pregnancy?'], ['hcpcs', 'S9500 per diem every day of the infusion'],
      ['icd', 'Z51.6 desensitization on the claim'], ['icd', 'T78.40XA after the hives'], ['icd', 'Z98.84 bariatric status, does that stay forever'], ['icd', 'H25.11 on the surgery consent'],
      ['icd', 'M65.311 trigger thumb, right side'], ['icd', 'E11.621 means a foot ulcer?'], ['icd', 'T82.7XXA line infection code'], ['icd', 'P07.35 for the preemie'], ['icd', 'Z23 on the vaccine visit'],
      ['icd', 'Z45.018 for the pacemaker adjustment'], ['icd', '{icd} on the dental claim?'],
      ['lot', 'allergy extract lot 24B117, same as last time?'], ['lot', 'vaccine lot FK9981 on my card, was it expired'], ['lot', 'lens model SN60WF +21.5 D, is that the premium one'],
      ['claim', 'claim line 3 of 7 denied, the rest paid'], ['plancode', 'plan H5216-315 or H0028-007, which one has dental'], ['plancode', 'the card has RxBIN 610014 and a PCN, do i need those at the pharmacy'],
      ['plancode', 'star rating 4.5, does that matter'], ['price', '$75 a month for 12 months on the payment plan'], ['price', 'lasik is $2,100 per eye?'], ['price', 'emergency dental exam $89'],
      ['price', 'advantage premium $0 but part B is still {price}'], ['price', 'breast pump rental $65 a month'], ['price', 'six EAP sessions free, then {price} each'],
      ['time', 'shots only until 4:30?'], ['time', 'we wait 30 minutes after every shot'], ['time', 'infusion at 0600 and 1800'], ['time', 'NICU rounds at 10:00, can parents listen'],
      ['time', 'student health walk-ins 8-11am'], ['time', 'dental line after {time}?'], ['room', 'room 412 wants the therapy dog'], ['room', 'pod B bed 6, the alarm keeps going'],
      ['room', 'exam room 3 smells like latex'], ['room', 'chair 9 at the infusion suite is broken'], ['room', 'the hearing van parks in lot C'], ['room', 'floor 5 west, palliative wing'],
      ['count', '12 payments total'], ['count', '4 vials in the kit'], ['count', '{count} steps since the surgery'], ['duration', 'liquids for {duration} after the bypass'],
      ['weekday', 'allergy shots on {weekday}s only?'], ['year', 'last tetanus was {year}'], ['agelow', 'can a {agelow} year old get allergy shots'], ['agelow', 'my son is {agelow}, can he use the student clinic'],
      ['version', 'pacemaker app {version} wont pair'], ['planname', '{planname} or an advantage plan'], ['order', 'compression sleeve {order} never came'], ['ticket', 'portal support {ticket} still open'],
      ['tracking', 'extract cooler {tracking} sitting at the depot'], ['invoice', '{invoice} for the pump rental'], ['confirmation', 'payment went through, {confirmation}'], ['ndc', 'is {ndc} the preservative free drops'],
      ['word', 'will the shot make my arm swell again'], ['word', 'i hope the latch gets better, so sore'], ['word', 'may i bring the baby to the pumping class'], ['word', 'do they mark the eye before surgery'],
      ['word', 'the bill came twice this month'], ['word', 'any grant money for the hearing aids?'], ['word', 'they drew blood from the PICC, is that ok'], ['word', 'pat the incision dry or let it air dry'],
      ['word', 'x-ray of the hand shows the bone healing'], ['word', 'art therapy on the palliative unit, who signs up'], ['word', 'earl grey tea with the bariatric diet?'],
      ['word', 'sterling silver earrings in for surgery?'], ['word', 'crystal clear vision the next morning, wow'], ['word', 'amber colored urine after the infusion'], ['word', 'hazel eyes look darker since the drops'],
      ['word', 'the iris looks a bit oval after the surgery'], ['word', 'frank blood on the PICC dressing, call someone?'], ['word', 'do i need to lance the blister from the shoe'], ['word', 'they had to pierce the blister, it was huge'],
      ['word', 'walked 3 miles in the new shoes, no rubbing'], ['word', 'is that the norm after a shot, itchy all day'], ['word', 'chipped a front tooth on ice'], ['word', 'will the broker sue me if i cancel'],
      ['word', 'destiny of my hearing is hearing aids i guess lol'], ['word', 'harmony in the house since the EAP sessions'], ['word', 'thanks, that helps a lot'], ['word', 'ok sounds good'], ['word', 'nvm figured it out'],
      ['word', 'is the lactation group free?'], ['word', 'how long does the cataract recovery take'], ['word', 'do shoes come in wide widths'], ['word', 'what is a per diem'], ['word', 'can i pay the bill in installments'],
      ['word', 'do i need an interpreter request form'], ['word', 'is the therapy dog hypoallergenic?'], ['word', 'does the EAP tell my boss anything'], ['word', 'where does the hearing van park'],
      ['word', 'do i bring the shoes to the fitting or do they mail them'], ['word', 'can i shower with the PICC if i wrap it'], ['word', 'what does palliative mean vs hospice'],
      ['word', 'is the student clinic free with tuition'], ['word', 'can my husband stay overnight in the NICU'], ['word', 'who pays the interpreter, me or the clinic'],
      ['dose', 'half a tab of the benadryl for a 30 lb toddler?'], ['vitals', 'she drinks 24 kcal/oz formula now, 60 mL every 3 hours'], ['vitals', 'lens power -2.75 sphere, +1.00 cyl'],
      ['room', 'the chapel on level 2 is open all night?'], ['count', '6 of 12 payments done'], ['count', 'only 3 dogs in the program right now'], ['price', 'the hearing aids are {price} a pair'],
      ['dose', 'cefazolin 2 g every 8 hours, the ball pump takes 30 min?'], ['dose', 'omeprazole 40 mg for 6 months after the bypass'], ['dose', 'artificial tears 4 times a day, preservative free'],
      ['dose', 'rifampin 600 mg and isoniazid 300 mg every morning'], ['dose', 'fenugreek 3 capsules 3 times a day for supply?'], ['dose', 'lidocaine 2% with epi, 2 carpules for the extraction'],
      ['lab', 'vitamin D 18 after the bypass, low?'], ['lab', 'ferritin 9, do i need an iron infusion'], ['lab', 'prealbumin 14 at the palliative visit'], ['lab', 'ALT 88 on the TB meds, stop them?'],
      ['vitals', 'range of motion 60 degrees flexion at the wrist'], ['vitals', 'weight 212 lb at the pre-op'], ['vitals', 'temp 101.3 after the infusion started'], ['vitals', '55 dB loss at 2000 Hz'],
      ['vitals', 'pupil still dilated to 8 mm'], ['cpt', '99213 plus 95117 on one visit, why both'], ['cpt', '90686 flu shot at student health is $0?'], ['cpt', '92552 pure tone test after the van'],
      ['hcpcs', 'J0690 cefazolin on the infusion bill'], ['hcpcs', 'E0781 for the ambulatory pump rental'], ['icd', 'H52.4 presbyopia, does lasik fix that'], ['icd', 'A15.0 on the TB paperwork'],
      ['icd', 'O91.23 for mastitis?'], ['lot', 'epipen lot 2GK47, is that the recalled one'], ['room', 'lactation room on floor 3 by the elevators'], ['room', 'family house room 14 has no wifi'],
      ['time', 'video DOT at 7:45 every morning'], ['time', 'shoe pickup window is 1-3pm'], ['count', '4 splints in 2 months, is that normal'], ['count', '40 allergens tested, 11 positive'],
      ['duration', 'six weeks of IV antibiotics at home'], ['price', 'payment plan minimum is $25 a month'], ['word', 'will medicare pay for the shoes every year'], ['word', 'hope the van comes back before school starts'],
      ['word', 'may we bring a service dog to the palliative unit'], ['word', 'grant application for the farmworker clinic, who signs it'], ['word', 'what is a pedorthist anyway'],
      ['word', 'still waiting on the x-ray read'], ['year', 'had a lasik consult back in {year}'], ['version', 'language line app {version} crashes on video'],
      ['eponym', "is de Quervain's the same thing as mommy thumb?"], ['eponym', "Dupuytren's contracture, will the splint straighten it"], ['eponym', 'Charcot foot needs the custom shoes or just the inserts'],
      ['eponym', 'Roux-en-Y vs sleeve, which one has more dumping'], ['eponym', 'Fuchs dystrophy, can i still get the lens'], ['eponym', "Meniere's or just wax? the van couldnt tell"],
      ['eponym', 'Montgomery glands look bumpy, normal while nursing?'], ['eponym', 'Hickman line or PICC for 6 weeks of antibiotics'], ['eponym', 'Karnofsky score of 50, what does that mean'],
      ['eponym', 'Tommy John surgery on my sons elbow, hand therapy or PT?'], ['eponym', 'Glasgow coma scale is on the palliative note, why'], ['eponym', "Bell's palsy after a dental shot, possible?"],
      ['eponym', 'the Epley maneuver fixed my dizziness'], ['eponym', "Raynaud's makes the paraffin bath hurt"],
      ['product', "Dr. Scholl's inserts or the diabetic ones from the program?"], ['product', 'Mrs. Dash is ok on the bariatric diet right'], ['product', "Dr. Brown's bottles or just feed from the pump bottles"],
      ['product', 'Orville Redenbacher popcorn after the bypass, ever?'], ['product', 'Little Debbie cakes got me to 300'], ['product', "Marie Callender's pot pie, too much sodium?"],
      ['product', 'Jimmy Dean sausage for protein in the morning?'], ['product', 'Chef Boyardee for the kid after the tooth pull?'], ['product', "Lansinoh or coconut oil for cracked nipples"],
      ['product', "Ben & Jerry's after an extraction, cold helps right?"], ['store', "Walgreens or Trader Joe's for protein shakes"], ['store', 'Chase says the payment plan autopay bounced'],
      ['store', "Wendy's frosty after oral surgery, ok?"], ['store', "McDonald's fries after the bypass lol no"],
      ['show', "Grey's Anatomy made the PICC look easy"], ['show', 'Dr. Pimple Popper would love this cyst'], ['show', 'Doc McStuffins band-aids for the allergy shots'],
      ['show', 'Sesame Street is playing in the NICU family room'], ['song', 'we all sang Sweet Caroline at the pet therapy visit'],
      ['song', 'the hearing van plays Jolene on repeat'], ['holiday', 'is student health closed for MLK Day'],
      ['holiday', "Presidents' Day hours for the dental line?"], ['holiday', "St. Patrick's Day parade blocked the infusion delivery"],
      ['saint', 'St. Jude medal in my bag, ok in the OR?'], ['saint', 'Saint Lucy prayer card for the eye surgery, my mom insists'], ['saint', 'praying to St. Anthony to find the hearing aid lol'],
      ['institution', 'does Ronald McDonald House have rooms for NICU parents'], ['institution', 'Mayo Clinic says the same about the bypass'],
      ['institution', 'read a Johns Hopkins article on allergy shots'], ['institution', 'Shriners does kids hand surgery for free?'], ['institution', 'the Lions Club donates hearing aids?'],
      ['institution', 'Make-A-Wish for kids on palliative care?'], ['institution', 'the Salvation Army gave the crews winter coats'],
      ['landmark', 'flew over the Grand Canyon and my ears still havent popped'], ['landmark', 'ran the Golden Gate Bridge with my hand splint on'],
      ['team', 'Dodgers game tonight, can the infusion nurse come earlier'], ['team', 'Cowboys lost and my pressure went up lol'],
      ['public', 'Dr. Oz said apple cider vinegar for weight loss, true after a bypass?'], ['public', 'Taylor Swift concert tomorrow, can i get my shot early'], ['public', 'a Bad Bunny song in the waiting room was way too loud'],
      ['pet', 'can Biscuit the therapy dog come to room 412'], ['pet', 'the golden retriever named Max made dad so happy'], ['pet', 'does Daisy the therapy pup come on weekends too'],
    ],
    es: [
      ['dose', 'el aumento va 0.05 mL, 0.10, 0.15 y luego el otro frasco?'], ['ratio', 'el frasco 4 es 1:1000, por qué trae tapa azul'], ['dose', 'la epinefrina de 0.3 mg la llevo a cada vacuna?'],
      ['dose', 'multivitamínico de bariátrica 2 masticables al día y citrato de calcio 500 mg tres veces'], ['dose', 'vancomicina 1.25 g cada 12 horas por el PICC'], ['dose', 'lavar con 10 mL de solución y luego 5 mL de heparina'],
      ['dose', 'morfina 5 mg cada 4 horas si hay dolor'], ['dose', 'ibuprofeno 600 y paracetamol 500 alternados para la muela'], ['dose', 'gotas de prednisolona 4 veces al día una semana'],
      ['dose', '{dose} del antihistamínico antes de la vacuna?'], ['dose', 'surtido para 90 días de las gotas, se puede?'], ['lab', 'IgE 450, es alta para ácaros?'], ['lab', 'INR 2.4 con warfarina, me pueden sacar la muela?'],
      ['lab', 'HbA1c 8.4, todavía califico para los zapatos?'], ['lab', 'el nivel de vanco salió 17.2'], ['lab', 'bilirrubina 14 a los tres días'], ['lab', '{lab} del servicio estudiantil'],
      ['vitals', 'presión del ojo 18 en los dos'], ['vitals', 'visión 20/25 al día siguiente'], ['vitals', 'fuerza de agarre 42 libras izquierda, 61 derecha'], ['vitals', 'saturación 93% con 2 litros'],
      ['vitals', 'promedio de 35 dB en el oído derecho'], ['vitals', 'IMC 42.6, el mínimo es 40?'], ['vitals', 'bajé 17 kilos desde el bypass'], ['vitals', 'pesó 3,230 g, subió 110 g'],
      ['vitals', 'me saco 90 mL por sesión, es suficiente?'], ['vitals', 'PPD 0 mm a las 48 horas'], ['vitals', 'el audífono marca 90% de batería y se apaga al mediodía'], ['vitals', 'la pila del marcapasos dura 7.5 años más'],
      ['pain', 'la muñeca {pain} después de la terapia'], ['bp', '{bp} con el baumanómetro de la biblioteca'],
      ['cpt', '95117 dos veces el mismo día?'], ['cpt', '43644 del bypass, ya está la autorización?'], ['cpt', '66984 la catarata y 66821 el láser después'], ['cpt', '92551 en el camión, es gratis?'],
      ['cpt', '93294 revisión remota del marcapasos'], ['cdt', 'D0140 y D7140 en la cuenta del dentista'], ['cpt', '{cpt} en la cuenta del servicio estudiantil'],
      ['hcpcs', 'A5500 zapatos y A5512 plantillas, 3 pares al año'], ['hcpcs', 'L3807 la férula de muñeca'], ['hcpcs', 'E0603 el extractor, lo cubren?'],
      ['icd', 'Z51.6 en el reclamo de alergias'], ['icd', 'Z98.84 se queda para siempre?'], ['icd', 'H25.11 en el consentimiento'], ['icd', 'M65.311 el pulgar en gatillo'], ['icd', 'E11.621 es úlcera del pie?'],
      ['icd', 'T82.7XXA infección del catéter'], ['icd', '{icd} en el reclamo dental?'], ['lot', 'el lote de extracto 24B117 es el mismo?'], ['lot', 'lote de vacuna FK9981 en mi cartilla'],
      ['lot', 'lente modelo SN60WF +21.5 D, es el premium?'], ['plancode', 'plan H5216-315 o H0028-007, cuál trae dental'], ['plancode', 'la tarjeta trae RxBIN 610014, eso lo piden en farmacia?'],
      ['price', '$75 al mes por 12 meses en el plan de pagos'], ['price', 'la cirugía láser cuesta {price} por ojo?'], ['price', 'la renta del extractor sale en $65 al mes'], ['price', 'consulta dental de urgencia {price}'],
      ['time', 'vacunas de alergia nomás hasta las 16:30?'], ['time', 'hay que esperar 30 minutos después de la vacuna'], ['time', 'la infusión a las 6:00 y a las 18:00'], ['time', 'el pase de visita en la UCIN es a las {time}'],
      ['room', 'el cuarto 412 quiere al perrito'], ['room', 'módulo B cama 6'], ['room', 'sillón 9 de infusión está roto'], ['room', 'el camión de audición se estaciona en el lote C'],
      ['count', '12 pagos en total'], ['count', '4 frascos en el kit'], ['duration', 'puros líquidos por {duration}'], ['weekday', 'las vacunas de alergia nomás los {weekday}?'],
      ['year', 'la última antitetánica fue en {year}'], ['agelow', 'un niño de {agelow} años puede recibir vacunas de alergia?'], ['version', 'la app del marcapasos {version} no se conecta'],
      ['planname', '{planname} o un plan advantage?'], ['order', 'el {order} de las mangas de compresión no llega'], ['tracking', 'la hielera {tracking} sigue en la paquetería'], ['confirmation', 'ya pasó el pago, {confirmation}'],
      ['word', 'tengo dolores de muela desde anoche'], ['word', 'se fue la luz y el extractor no sirve'], ['word', 'con las sesiones del EAP ya hay paz en la casa'], ['word', 'la cicatriz está rosa, es normal?'],
      ['word', 'tengo la esperanza de oír mejor con los aparatos'], ['word', 'su visita nos dio mucho consuelo'], ['word', 'me pegué con el pilar de la cochera y me lastimé la férula'], ['word', 'mucho sol en el campo, ocupo lentes oscuros?'],
      ['word', 'el abogado dice que metamos un amparo por el cobro'], ['word', 'la soledad le pega mucho en la noche'], ['word', 'qué alegría, ya se prendió bien el bebé'], ['word', 'pusimos una cruz en la caja de las muestras'],
      ['word', 'el rocío de la mañana me moja los zapatos nuevos'], ['word', 'pequeña victoria: bajé 2 kilos'], ['word', 'ya nos hizo milagros la terapia de mano'], ['word', 'gloria a Dios ya veo bien'],
      ['word', 'la ropa blanca me roza la herida'], ['word', 'la clara de huevo es buena proteína para la dieta?'], ['word', 'socorro, se salió la aguja de la bomba'], ['word', 'necesito constancia de vacunación para la escuela'],
      ['word', 'remedios caseros para el dolor de muela?'], ['word', 'le tengo fe a la terapia'], ['word', 'puedo comer algo dulce después del bypass?'], ['word', 'el domingo no hay camión de audición?'],
      ['word', 'rezamos el rosario en la sala de paliativos'], ['word', 'estrella de mar de peluche para la bebé en la UCIN, se puede?'], ['word', 'el pañuelo celeste es para la cirugía?'],
      ['word', 'violeta de genciana para los pezones, sirve?'], ['word', 'una margarita en la boda con la dieta, se puede?'], ['word', 'el iris se ve ovalado después de la cirugía'],
      ['word', 'ok gracias'], ['word', 'va, ahí le marco'], ['word', 'cuánto tarda la recuperación de la catarata?'], ['word', 'los zapatos vienen en ancho especial?'], ['word', 'el EAP le dice algo a mi jefe?'],
      ['word', 'necesito intérprete, cómo lo pido?'], ['word', 'el perrito de terapia es hipoalergénico?'], ['word', 'puedo pagar la cuenta en abonos?'],
      ['word', 'me puedo bañar con el PICC si lo tapo?'], ['word', 'qué diferencia hay entre paliativos y hospicio'], ['word', 'mi esposo se puede quedar en la UCIN de noche?'],
      ['word', 'quién paga al intérprete, yo o la clínica?'], ['dose', 'media tableta de benadryl para un niño de 14 kilos?'], ['vitals', 'fórmula de 24 kcal, 60 mL cada 3 horas'],
      ['count', 'llevo 6 de 12 pagos'], ['price', 'los aparatos para oír cuestan {price} el par'], ['room', 'la capilla del piso 2 abre toda la noche?'],
      ['dose', 'cefazolina 2 g cada 8 horas, la bomba de bola dura 30 min?'], ['dose', 'omeprazol 40 mg por 6 meses después del bypass'], ['dose', 'lágrimas artificiales 4 veces al día'],
      ['dose', 'rifampicina 600 mg e isoniazida 300 mg cada mañana'], ['dose', 'fenogreco 3 cápsulas 3 veces al día para la leche?'], ['dose', 'lidocaína al 2% con epinefrina, 2 cartuchos'],
      ['lab', 'vitamina D 18 después del bypass'], ['lab', 'ferritina 9, ocupo hierro por la vena?'], ['lab', 'TGP 88 con las pastillas de TB'], ['vitals', 'temperatura 38.5 desde que empezó la infusión'],
      ['vitals', 'pesé 96 kilos en la cita antes de la cirugía'], ['vitals', 'la pupila sigue dilatada, 8 mm'], ['vitals', 'flexión de muñeca 60 grados'], ['cpt', '99213 y 95117 en la misma cuenta, por qué?'],
      ['cpt', '90686 la vacuna de la gripe en el servicio estudiantil es gratis?'], ['hcpcs', 'J0690 cefazolina en la cuenta de infusión'], ['icd', 'H52.4 presbicia, la quita el láser?'],
      ['icd', 'A15.0 en los papeles de TB'], ['lot', 'lote de epipen 2GK47, es el que retiraron?'], ['room', 'el lactario está en el piso 3 junto a los elevadores'], ['room', 'cuarto 14 de la casa de familias sin internet'],
      ['time', 'el video de las pastillas a las 7:45 diario'], ['count', '40 alérgenos, 11 positivos'], ['count', '4 férulas en 2 meses'], ['duration', 'seis semanas de antibiótico en casa'],
      ['price', 'el pago mínimo del plan es de $25 al mes'], ['word', 'medicare paga los zapatos cada año?'], ['word', 'ojalá regrese el camión antes de que empiecen las clases'], ['word', 'qué es un pedortista?'],
      ['word', 'sigo esperando que lean la radiografía'], ['agelow', 'mi mamá tiene {agelow} años, le sirven los zapatos?'], ['version', 'la app de intérpretes {version} se traba en video'],
      ['eponym', 'la tenosinovitis de De Quervain es por cargar al bebé?'], ['eponym', 'contractura de Dupuytren, sirve la férula?'], ['eponym', 'pie de Charcot, zapatos o plantillas?'],
      ['eponym', 'bypass en Y de Roux o manga, cuál da más dumping'], ['eponym', 'enfermedad de Ménière o es cerilla?'],
      ['eponym', 'escala de Glasgow en la nota de paliativos, por qué?'], ['eponym', 'prueba de Papanicolaou en el servicio estudiantil?'],
      ['eponym', 'síndrome de Sjögren y ojo seco antes de la cirugía'], ['product', 'mamilas Dr. Brown o las del extractor?'], ['product', 'el Dr. Simi tiene el suero más barato'],
      ['product', 'mole Doña María después del bypass, se puede?'], ['product', 'chocolate Abuelita con la diabetes, cuánto'], ['product', 'las tortillas Tía Rosa tienen mucha harina?'],
      ['product', 'un Gansito me subió a 300'], ['product', 'Vaporub de Vick para el bebé de la UCIN, no verdad?'], ['product', 'un Don Julio en la boda con los antibióticos?'],
      ['store', 'en Farmacias Guadalajara tienen las gotas?'], ['store', 'Farmacias del Ahorro o Walgreens para las plantillas'],
      ['show', 'La Rosa de Guadalupe estaba en la sala de espera'], ['show', 'Plaza Sésamo en la sala de familias de la UCIN'], ['show', 'El Chavo del Ocho en la tele de la clínica rural'],
      ['song', 'cantamos Las Mañanitas en paliativos'], ['song', 'le pusieron Amor Eterno de Juan Gabriel en la misa'],
      ['song', 'Cielito Lindo en la visita de los perritos'], ['song', 'una de Selena en la sala de espera'],
      ['holiday', 'cierran el Día de Reyes?'], ['holiday', 'el día de San Valentín hay perritos de terapia?'], ['holiday', 'fiesta de San Isidro Labrador en el rancho, viene la unidad móvil?'],
      ['saint', 'una estampita de Santa Lucía para la cirugía de ojos'], ['saint', 'San Judas Tadeo me ayudó con el plan de pagos jaja'], ['saint', 'le rezo a San Antonio para hallar el audífono'],
      ['saint', 'San Ramón Nonato para la lactancia dice mi abuela'], ['institution', 'la Cruz Roja nos prestó la silla de ruedas'], ['institution', 'el Teletón tiene terapia de mano?'],
      ['institution', 'la casa Ronald McDonald tiene cuarto?'], ['landmark', 'subimos a Chichén Itzá y me dio la alergia'],
      ['team', 'juegan las Chivas contra el América, cambio la cita?'], ['team', 'soy del Cruz Azul, ya sé que sufro jaja'], ['team', 'los Pumas ganaron y se me subió la presión'],
      ['public', 'un cuadro de Frida Kahlo en la clínica de ojos'], ['pet', 'la perrita Canela de terapia vino el jueves'], ['pet', 'el perro Rocky visitó a mi papá'],
    ],
  },
  tails: {
    en: [' (vial 3, 1:1000)', ' - copay {price}', ', lot 24B117', ' btw {lab}', ' and they coded {icd}', ' around {time}', ' - room 412', ', IOP 18', ', {dose} since {year}', ' (chair 9)'],
    es: [' (frasco 3, 1:1000)', ' - copago {price}', ', lote 24B117', ' por cierto {lab}', ' y pusieron {icd}', ' como a las {time}', ' - cuarto 412', ', {dose} desde {year}', ' (sillón 9)'],
  },
  greetings: {
    en: ['Hiya, ', 'Morning all - ', 'Hello again, ', 'Excuse me, ', 'Howdy, ', 'Hi hi ', 'Good day, '],
    es: ['Qué onda, ', 'Saludos, ', 'Buenas buenas, ', 'Con permiso, ', 'Hola de nuevo, ', 'Muy buenos días, '],
  },
};
