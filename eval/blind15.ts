/**
 * A sixteenth, independent set of phrasings for the generator ("blind15"), written blind on
 * 2026-11-28 for a closing blind measurement. Its author read eval/generator.ts, eval/values.ts,
 * eval/holdout.ts, eval/blind2.ts … eval/blind8.ts (and eval/run.ts, score.ts, report.ts only for
 * how sets are registered and scored), DESIGN.md §4 and the first 40 lines of docs/evaluation.md.
 * The author did NOT read eval/blind9.ts … eval/blind14.ts, anything under src/, test/, bench/,
 * scripts/, the rest of docs/, or any git history, and the engine was never run on this set (only
 * the generator, to check that the set loads and generates).
 * It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind8.ts. New situations:
 * an in-centre dialysis unit (chair shifts, fistula arm, dry weight, home-hemo cycler), a sleep lab
 * and home sleep tests, a physical-therapy gym, a fertility clinic (stims, trigger shot, egg
 * freezing), a travel-vaccine clinic, a veterans' clinic (DD214, comp-and-pen exam, TRICARE,
 * CHAMPVA), a school nurse office, a home-health agency scheduling aide and nurse visits, a hospice
 * bereavement line, a lab drawing station, a medical-transport dispatcher, a billing dispute desk, a
 * prior-authorisation desk, durable medical equipment returns (knee scooter, walker, hospital bed,
 * concentrator), an urgent-care check-in kiosk, an optometry shop, a pharmacy compounding desk, a
 * workplace occupational-health clinic (fit tests, post-offer physicals, post-accident screens), a
 * plasma donation centre and an anticoagulation (INR) clinic.
 * New cue words for ids: "SSAN" (the military term for the SSN), "DD214 has my social", "ICN" (the
 * VA's patient identifier) and "dialysis unit no.", "sleep lab file", "PT gym client #", "lab req
 * patient no", "compounding profile", "optical patient file", "home health client id", "hospice
 * family file", "clinic card", "ficha clínica", "carnet de la clínica", "folio de paciente" as
 * medical record numbers; "TRICARE DBN", "CHAMPVA member", "ESRD medicare", "vision plan member",
 * "fertility benefit id", "credencial del ISSSTE", "número de beneficiario", "póliza de gastos
 * médicos" as health plan ids; "HSA acct", "guarantor no.", "statement acct", "cuenta del garante"
 * as accounts; "learner permit", "optometrist license", "compounding pharmacist lic", "PT license",
 * "cédula del optometrista", "licencia de chofer", "permiso de manejo provisional" as licences;
 * "rendering provider", "billing npi", "attending NPI" as NPIs; "ambulette plate", "company truck"
 * as vehicles; "home hemo cycler serial", "home sleep test unit", "TENS unit", "concentrator S/N",
 * "knee scooter serial", "rollator tag" as devices; "HSA debit" as a card. Typos in cue words:
 * "scoial", "segruo social", "medcial record", "recrod #", "exspediente", "memeber id", "polcy
 * number", "numero de afilado", "acount", "cuneta", "licnese", "licensia", "bithrdate", "f/nac".
 * Names in every position and case: message start, after verbs (page, tell, told, ask for), lists,
 * possessives with and without an apostrophe, sign-offs on the next line ("Regards,", "atte.",
 * "firmado:"), ALL-CAPS context, "cc", Spanglish. Ages over 89 in new phrasings ("a spry …", "AT …
 * SHE STILL DRIVES", "con sus …", "a sus …", "ya va para los …", "married 70 years, she was …").
 * Dates after new cue words (chair change starting, trigger, trip starts, comp and pen exam, BUD on
 * the label, deferral ends, rental ends, PA approved through, "nací un …"). Addresses, phones, faxes,
 * emails, urls, IPs, cards, IBANs, licences, plates and device serials in the new situations, ids
 * with no keyword, several identifiers per message.
 * Negatives: mostly ordinary chat with look-alikes (URR 72%, K 5.8, phos 6.1, dry weight 71.5 kg,
 * RDI/ODI, CPAP cm H2O, knee flexion degrees, E2 and follicle counts, gonal-f/menopur IU, typhoid
 * capsules, disability rating 70%, temp 100.4, OD/OS lens powers, PD, IOP, base curve, compounded
 * cream strengths and grams, fit-test model 1870+, 10-panel screen, TB mm, total protein, INR and
 * warfarin schedules, CPT 99285/90717/92015/95806/97110/99455, HCPCS E0143/E0250/E1390/G0299/A4670,
 * ICD Z23/N18.6/Z99.2/G47.33/Z31.84/M17.11/Z79.01/Z02.1, RMA, trip, PA reference, kiosk and window numbers,
 * prices, times, counts, order/ticket/tracking/invoice numbers; words that are also given names -
 * cliff, mason, cole, forrest, brook, reed, jack, buddy, rocky, hunter, carol; ángel, jesús,
 * salvador, santos, bárbara, feliz, blanco, rubí, leal, prudencia) and, for about one in five, harder
 * look-alikes named after people or places that are not PHI: eponymous diseases, tests and
 * manoeuvres (Hashimoto, Bell's palsy, Epley, Raynaud, Sjögren, Dupuytren, Tommy John surgery, Lou
 * Gehrig's, Snellen, Papanicolaou, Glasgow, síndrome de Down), TV shows, films, books and songs
 * (Grey's Anatomy, Stayin' Alive, Sweet Caroline, Rocky, Harry Potter, La Rosa de Guadalupe, El
 * Chavo, Cien años de soledad, Cielito lindo), restaurant chains and stores (Denny's, Wendy's,
 * Chick-fil-A, Trader Joe's, Walgreens, Dr. Scholl's, Sanborns, Farmacias Guadalajara, Dr. Simi,
 * Liverpool, Soriana), holidays and saints' days (MLK Day, Presidents' Day, St. Patrick's, Veterans
 * Day, San Judas, Día de Reyes, la Candelaria), streets used as landmarks without a number (off
 * Broadway, sobre Insurgentes), sports teams (Cowboys, Eagles, Lakers, Chivas, Cruz Azul, Rayados de
 * Monterrey) and celebrities mentioned in passing (Taylor Swift, Dolly Parton, Harry Styles, Bad
 * Bunny, Juan Gabriel, Shakira, Frida Kahlo); also Baker cyst, Achilles tendon, Patch Adams,
 * McDonald's, Ópticas Devlyn, Día de Muertos.
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND15_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'dialysis unit: {first} wants to swap to the tue-thu-sat chair, any opening on first shift', 'sleep lab tech {first} says the headgear stays on till 6am, can my wife {first} stay over',
        'PT gym: {name} needs the early slot on the parallel bars, her knee is still stiff', 'fertility desk - can {provider} look at the follicle scan before my trigger tonight',
        'travel clinic nurse {first} gave me the typhoid capsules, do they go in the fridge', 'veterans clinic: {name} is 100% service connected, does he still need a referral for PT',
        'school nurse here, sending {first} home with a fever, mom on file is {name}', 'home health scheduler: {first} can only see {relative} on wednesdays now',
        'bereavement line - it has been rough since we lost {name}, is the evening group still on', 'draw station wait was 50 min but the phlebotomist {first} was a pro, one stick',
        'dispatch, the driver {first} dropped {titled} at the loading dock instead of the lobby', 'billing dispute: the EOB lists {name} as the patient, that visit was mine',
        'prior auth desk, {provider} faxed the clinicals yesterday, anything yet?', 'returning the knee scooter for {name}, who do i hand it to at the front',
        "checked in at the kiosk as {name} and it printed someone else's wristband", 'optical shop: the frames for {first} came in black, she picked tortoise',
        'compounding desk: {provider} wants the cream at 10 percent, not 5, can {first} remake it', 'occ health, fit test for {name} this afternoon, she wears a small',
        'tell {first} thanks for the warm blanket in chair 12 😊', 'PAGE {provider} PLEASE, MY FISTULA ARM IS NUMB AND COLD', 'can i bring {relative} into the sleep room for the first hour, he gets anxious',
        "{first}'s hearing screen at school got flagged, who calls the parents", 'the one who drew me, {first}? or {first}? anyway she bruised my whole arm',
        'emergency contacts in this order: {name}, then {name}, then {relative}', 'hi its {first} from the 10am PT group, left my knee brace by the mat',
        'bereavement form signed by {name} (wife) and {name} (son)', 'did {first} in compounding call back about the mouthwash', 'Regards,\n{name}\nArmy, retired',
        'my husband {first} and i both need the yellow fever shot, same appt?', 'is {titled} still the charge nurse on evenings at dialysis', 'per {provider}, no driving home after the dilating drops',
        'the aide {first} left 40 min early again, third time this month', 'told {first} at check-in that my insurance changed and she just shrugged',
        'add {name} to my HIPAA release please, she is my partner', 'cc {name} on the denial letter, he handles my appeals', 'PT homework from {first}: 3 sets of clamshells, every day or every other?',
        'plasma center: {name} got deferred for low protein, can she come back friday', 'anticoag clinic, {first} said INR 3.4 means skip tonight, right?',
        'i am {name}s daughter, she cant hear on the phone anymore', 'SIGNED: {name}', '{name}, {name} and {name} all booked for the group travel consult',
        'will {first} be the one hooking me up for the sleep study again', 'ask for {first} at window 3, she knows about my dispute', 'thanks for the patience today\n— {first} (the one with the walker)',
        'the new home health nurse is {name}? nobody told us', 'VA called and asked for {relative} by name, he passed in the spring',
        'k thx {first}, see u monday', 'my tía {name} is the one con la cita de diálisis, not me', 'FYI {relative} will sign for the hospital bed pickup',
      ],
      es: [
        'en diálisis, {first} me dijo que me pasan al turno de la tarde', 'la técnica del laboratorio del sueño, {first}, me pegó los electrodos en el pelo, cómo quito el pegamento',
        'en el gimnasio de terapia, {name} necesita la liga verde para sus ejercicios', 'la doctora de fertilidad, {provider}, quiere otro ultrasonido antes de la inyección',
        'clínica del viajero: fiebre amarilla para mí y para {relative}', 'mi papá {name} es veterano, le toca la clínica del VA o la de ustedes?',
        'habla la enfermera de la escuela, {first} de 2o A tiene calentura, la mamá registrada es {name}', 'la agencia de enfermería en casa mandó a {first} y no a {first} como siempre',
        'línea de duelo: desde que se nos fue {name} no duermo bien', 'la muchacha que me sacó sangre, {first}, me dejó el brazo morado',
        'el chofer del traslado, {first}, dejó a {titled} en el andén de carga', 'aclaración de cargo: sale {name} como paciente pero la consulta fue mía',
        'autorización previa: {provider} ya mandó las notas clínicas', 'voy a devolver la andadera de {name}, a quién se la doy?',
        'me registré en el kiosco como {name} y salió la pulsera de otra persona', 'óptica: los lentes de {first} salieron con la graduación cambiada',
        'en la farmacia de fórmulas, {first} dice que la crema sale mañana', 'salud ocupacional: prueba de ajuste del respirador para {name}',
        'PORFA DIGANLE A {provider} QUE ME DUELE EL BRAZO DE LA FISTULA', 'saludos a {first}, me atendió súper bien', 'contactos: {name}, {name} y {relative}',
        'atte.\n{name}', 'hola {first}, soy la hija de {name}, she does not speak english so call me please', 'mi suegra {name} needs the wheelchair van el martes',
        'la aide {first} se fue temprano otra vez', 'pregunten por {first} en la ventanilla del VA', 'la cita de {first} en la óptica es nada más para el examen de la vista',
        'le dije a {first} en recepción que cambié de seguro', 'agreguen a {name} a mi autorización HIPAA, es mi pareja', 'firmado: {name}',
        'de parte de {name} y {name}: gracias al equipo de diálisis por todo', 'la de la rodilla operada es {first}, no yo', 'centro de plasma: a {name} la rechazaron por la proteína baja',
        'clínica de anticoagulación, {first} dijo que con INR 3.4 no tome la pastilla hoy', 'oye {first}, ya llegó el niño a la enfermería otra vez con dolor de panza',
        '{first} y {first} (las gemelas) necesitan la forma de vacunas para el viaje', 'el papá de {first} no contesta, la enfermera de la escuela ya le marcó 3 veces',
        'soy {first}, la del turno de las 6 en diálisis, hoy llego tarde', 'quién es {name}? firmó la recepción de la cama de hospital y no la conozco',
        'ok {first}, nos vemos el lunes', 'el que recoge la cama es {relative}, va a firmar él',
      ],
    },
    DATE: {
      en: [
        'dialysis chair change starting {date}, MWF first shift', 'sleep study night booked for {date}, but i work nights that week', 'PT eval {date}, then twice a week for 6 weeks',
        'egg freezing consult on {date}, or is there anything sooner', 'trip starts {date}, do i need the hep A booster before i go', 'comp and pen exam {date} at 1300, do i bring my DD214',
        'sports physical form expires {date}, the school nurse needs a new one', 'first home health visit {date}, does the nurse call ahead?', 'the anniversary of his death is {date}, the grief line said to reach out',
        'fasting draw {date} 7am, is black coffee ok', 'ride booked for {date}, return leg will-call', 'the charge is for a visit on {date}, i was out of the country',
        'PA approved through {date} only? the drug is for life', 'walker rental ends {date}, does ups pick it up or do i drop it off', 'kiosk asked me to confirm {dob} then froze',
        'trial contacts from {date}, they dry out by noon', 'BUD on the compounded cream label is {date}, still good?', 'post-offer physical {date}, what do i bring',
        'DOB is wrong on the kiosk printout, should be {dobRaw}', 'bithrdate {dobRaw} (sorry, i fat-fingered it on the form)', 'discharged from home health {date} but the aide still shows up',
        'deferral ends {date}, can i donate plasma that day', 'INR checks {date} and {date}, same time?', 'between {date} and {date} i was at the VA, not your clinic',
        'have to return the concentrator by {date} or they charge me', '{dob} - checking in for the draw', 'since {date} my son has been in the nurse office every day',
        'transfer went fine {date}, when is the beta', 'stopped the blood thinner {date} for the procedure, when do i restart', 'glasses ordered {date}, 3 weeks already??',
      ],
      es: [
        'me cambian de sillón en diálisis a partir del {date}', 'el estudio del sueño quedó para el {date}, pero trabajo de noche', 'evaluación de terapia física el {date}',
        'la consulta para congelar óvulos es el {date}?', 'salgo de viaje el {date}, alcanzo la segunda de hepatitis A?', 'cita del VA el {date} a las 13:00, llevo el DD214?',
        'la primera visita de enfermería en casa es el {date}', 'el aniversario de su muerte es el {date} y me pega mucho', 'toma de muestra en ayunas el {date}, puedo tomar café?',
        'pedí el traslado para el {date}, el regreso lo confirmo luego', 'me cobran una consulta del {date} y yo andaba fuera del país', 'la autorización vence el {date}, y luego qué?',
        'la renta de la cama de hospital se acaba el {date}', 'en la óptica dicen que los lentes llegan el {date}', 'la crema magistral se hizo el {date}, hasta cuándo sirve?',
        'examen médico de ingreso a la empresa el {date}', 'en el kiosco sale mal la fecha, f/nac {dobRaw}', '{dob}, vengo a la toma de muestra',
        'del {date} al {date} estuve en el VA, no con ustedes', 'tengo que devolver el concentrador antes del {date}', 'nací un {dobRaw}, por qué el sistema dice otra cosa?',
        'me dieron de alta de enfermería en casa el {date}', 'la transferencia fue el {date}, cuándo es la prueba de embarazo?', 'dejé el anticoagulante el {date} por la cirugía',
        'hasta el {date} me toca esperar para donar plasma otra vez',
      ],
    },
    AGE_OVER_89: {
      en: [
        'dialysis 3x a week at {ageRaw} and he says he is done, can we talk about hospice', 'sleep study for my gran, {ageRaw}, she stops breathing at night', 'PT after a hip fracture at {ageRaw}, realistic goals?',
        'korean war vet, {ageRaw}, the VA still wants him in person', 'home health for grandpa ({ageRaw}), lives alone out past the county road', 'bereavement line: married 70 years, she was {ageRaw}',
        'the lab couldnt find a vein on my mom, {ageRaw}, 4 tries', 'transport needs a stretcher, patient is {ageRaw}', 'cataract eval at {ageRaw}, worth it?',
        'AT {ageRaw} SHE STILL DRIVES HERSELF TO THE VA CLINIC', 'prior auth denied for a {ageRaw} patient, is that even legal', 'a spry {ageRaw} at the PT gym today, showed us all up',
        '{age90} and back on the bike at PT', 'INR clinic for my great aunt ({ageRaw}), can a nurse come to the house',
      ],
      es: [
        'con sus {ageRaw} sigue yendo a diálisis tres veces por semana', 'a sus {ageRaw} ronca muchísimo, le sirve el estudio del sueño?', 'mi abuelo, veterano de Corea, ya con {ageRaw}',
        'la señora ya va para los {ageRaw}, necesita enfermera en casa', 'estuvieron casados 70 años, ella tenía {ageRaw}', 'no le encontraban la vena a mi abuela, de {ageRaw}',
        'el traslado tiene que ser en camilla, la paciente tiene {ageRaw}', 'CIRUGÍA DE CATARATA A LOS {ageRaw}??', 'negaron la autorización por la edad, {ageRaw}',
        'la bisabuela ({age90}) quiere ir a terapia física', 'mi tío abuelo de {ageRaw} quiere donar plasma, se puede?',
      ],
    },
    ADDRESS: {
      en: [
        'home dialysis supplies go to {address}, side gate, the dog is friendly', 'mail the home sleep test to {address}', 'is the PT gym in {city} open saturdays',
        'fertility meds ship cold to {address}, someone is home after 4', 'yellow fever site anywhere near {zipRaw}?', 'the VA still has {address}, i have not lived there in years',
        'school nurse: the student lives at {address}, rides bus 14', 'home health intake: {address}, second floor, no elevator', 'bereavement packet to {address} please, not the old house',
        'can the mobile phlebotomist come to {address}', 'pickup at {address}, drop at the dialysis unit in {city}', 'the bill went to {address}, i moved to {address} in the fall',
        'DME will pick up the walker at {address}?', 'urgent care closest to {city}? the kiosk here says 2 hr wait', 'mail the glasses to {address}, i cant drive after the drops',
        'deliver the compounded capsules to {address}, leave with the neighbor', 'employer address for the occ health report: {address}', 'we drive in from {city} three times a week for dialysis',
        'plasma center in {city} or the one by the mall?',
      ],
      es: [
        'los insumos de diálisis en casa a {address}, por el portón de al lado', 'manden el estudio del sueño en casa a {address}', 'hay terapia física en {city}?',
        'el medicamento de fertilidad llega refrigerado a {address}', 'dónde ponen la fiebre amarilla cerca del {zipRaw}?', 'la enfermera a domicilio va a {address}, segundo piso sin elevador',
        'el paquete de duelo a {address} por favor', 'recójanme en {address} y me llevan a diálisis en {city}', 'la factura llegó a {address}, ahora vivo en {address}',
        'pasan por la andadera a {address}?', 'qué urgencias hay cerca de {city}?', 'los lentes mándenlos a {address}', 'las cápsulas magistrales a {address}, con la vecina',
        'domicilio de la empresa para el examen médico: {address}', 'venimos desde {city} tres veces por semana',
      ],
    },
    PHONE: {
      en: [
        'if i no-show at dialysis call my daughter {phoneRaw}', 'sleep lab reminder calls should go to {phoneRaw} now', 'PT gym front desk rang me from {phoneRaw}, was that you?',
        'fertility nurse please use {phoneRaw}, not my work line', 'the VA call center gave me {phoneRaw} and it is disconnected', 'school nurse office direct line is {phoneRaw}',
        'home health scheduler, text {phoneRaw} 30 min before the visit', 'grief counselor can try {phoneRaw} after the kids are asleep', 'dispatcher: driver should call {phoneRaw} when outside, the buzzer is broken',
        'dispute callback # {phoneRaw}', 'optical shop called from {phoneRaw} about my frames?', 'occ health: my supervisor cell {phoneRaw}', 'the kiosk wants a mobile, {phoneRaw}, but it says invalid',
        '{phone} <- pharmacist line for the compounding question', 'house {phoneRaw} or work {phoneRaw}, either is fine',
      ],
      es: [
        'si no llego a diálisis háblenle a mi hija al {phoneRaw}', 'los recordatorios del laboratorio del sueño al {phoneRaw} por favor', 'me marcaron del {phoneRaw}, son del gimnasio de terapia?',
        'enfermera de fertilidad, mejor al {phoneRaw}, no al del trabajo', 'la enfermería de la escuela, línea directa {phoneRaw}', 'la agencia me manda mensaje del {phoneRaw}, es de ustedes?',
        'la consejera de duelo me puede marcar al {phoneRaw} ya noche', 'chofer: llame al {phoneRaw} cuando llegue, el timbre no sirve', 'para la aclaración, devuélvanme la llamada al {phoneRaw}',
        'el kiosco pide celular, pongo {phoneRaw} y dice inválido', '{phone}, es el de la farmacia de fórmulas', 'casa {phoneRaw} o trabajo {phoneRaw}, cualquiera',
      ],
    },
    FAX: {
      en: [
        'prior auth desk: clinicals go to {faxRaw}, attn pharmacy review', 'fax the DD214 copy to the veterans clinic, {faxRaw}', 'sleep study report to my pcp fax {faxRaw} please',
        'home health orders need signing, fax them to {faxRaw}', 'occ health results to the employer fax {faxRaw}', 'DME return receipt by fax: {faxRaw}',
        'school nurse fax {faxRaw} for the med authorization form', '{fax} - compounding desk, for the new strength',
      ],
      es: [
        'autorización previa: las notas al fax {faxRaw}', 'manden copia del DD214 por fax a la clínica de veteranos, {faxRaw}', 'el reporte del estudio del sueño al fax de mi médico {faxRaw}',
        'las órdenes de enfermería en casa se firman, mándenlas al {faxRaw}', 'los resultados al fax de la empresa {faxRaw}', 'fax de la enfermería escolar {faxRaw} para el permiso de medicamento',
        '{fax}, farmacia de fórmulas magistrales',
      ],
    },
    EMAIL: {
      en: [
        'send the PT home program to {email}', 'fertility calendar pdf to {email} please', 'the dispute letter came from {email}, is that really your billing office',
        'grief group zoom link to {email}', 'lab results to {email}, my portal is locked', 'glasses receipt for my FSA to {email}', 'occ health clearance letter to HR at {email}',
        'school nurse, you can email me at {email} instead of calling', 'yellow card scan to {email} pls, i lost the paper one', 'the kiosk asked for {email} and now i get spam?',
      ],
      es: [
        'el programa de ejercicios a {email}', 'el calendario de fertilidad en pdf a {email}', 'el link del grupo de duelo a {email}', 'los resultados del laboratorio a {email}, no entro al portal',
        'el recibo de los lentes a {email}', 'la carta de aptitud a recursos humanos, {email}', 'enfermera, mejor escríbame a {email} que no puedo contestar en el trabajo',
        'mándenme la cartilla de vacunación escaneada a {email}',
      ],
    },
    URL: {
      en: [
        'sleep study questionnaire at {url} keeps timing out', 'PT exercise videos link {url} is private?', 'dispute form at {url} wont let me attach the EOB',
        'our memorial page {url} if the bereavement team wants to share', 'ride tracking link {url} shows the van 40 miles away', 'prior auth status page {url} says pending since forever',
        'the travel clinic sent {url} for the pre-visit form',
      ],
      es: [
        'el cuestionario del estudio del sueño en {url} se traba', 'los videos de terapia {url} dicen privado', 'la forma de aclaración en {url} no deja adjuntar',
        'la página en memoria de mi esposo {url}', 'el link para rastrear el traslado {url} no carga', 'la clínica del viajero me mandó {url}',
      ],
    },
    IP_ADDRESS: {
      en: [
        'check-in kiosk 2 shows {ip} on the error screen', 'home hemo machine says cannot reach server from {ip}', 'someone logged into my billing portal from {ip}, not me',
        'the sleep lab wifi handed me {ip} and nothing loads', 'VA video visit failed, my ip is {ip}', 'compounding order portal blocked {ip}',
      ],
      es: [
        'el kiosco de registro marca {ip} en la pantalla', 'la máquina de hemodiálisis en casa no conecta desde {ip}', 'alguien entró a mi portal de pagos desde {ip}',
        'la videoconsulta del VA falló, mi ip es {ip}', 'el portal de la farmacia bloqueó {ip}',
      ],
    },
    SSN: {
      en: [
        'SSAN {ssnRaw} is on my DD214, the VA form wants it again', 'scoial {ssnRaw} for the plasma donor file?', "school registration wants the kid's social, {ssnRaw}, is that normal",
        'home health intake asked for my ss# {ssnRaw}', 'the dispute statement has my social wrong, it should be {ssnRaw}', 'post-offer packet, box 2: {ssnRaw}',
        'travel clinic self-pay, no ssn, itin {ssnRaw}', 'my dad the veteran, his last four are on file but the whole thing is {ssnRaw}',
      ],
      es: [
        'número de seguro social gringo {ssnRaw}', 'la escuela pide el social del niño {ssnRaw}, es normal?', 'en el ingreso de enfermería en casa me pidieron el social {ssnRaw}',
        'en la aclaración sale mal mi segruo social, es {ssnRaw}', 'el paquete de la empresa pide {ssnRaw}', 'mi ITIN {ssnRaw}, no tengo social',
      ],
    },
    MRN: {
      en: [
        'dialysis unit no. {mrnRaw}', 'sleep lab file {mrnRaw}, home test returned', 'PT gym client # {mrnRaw}', 'ICN {mrnRaw} from the VA letter',
        'home health client id {mrnRaw}', 'hospice family file {mrnRaw}', 'lab req patient no {mrnRaw}', 'the kiosk scanned my clinic card {mrnRaw}',
        'optical patient file {mrnRaw}', 'compounding profile {mrnRaw}', 'medcial record {mrnRaw}', 'recrod # {mrnRaw} on the dispute letter', 'fertility center patient number {mrnRaw}, my partner has his own',
      ],
      es: [
        'número de expediente en diálisis {mrnRaw}', 'exspediente {mrnRaw}', 'folio de paciente {mrnRaw}', 'carnet de la clínica {mrnRaw}', 'ficha clínica {mrnRaw}',
        'número de registro del laboratorio {mrnRaw}', 'expediente de la óptica {mrnRaw}', 'mi número en la agencia de enfermería en casa {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'TRICARE DBN {planRaw}', 'CHAMPVA member {planRaw}', 'ESRD medicare {planRaw}', 'vision plan member {planRaw}', 'fertility benefit id {planRaw}',
        'the PA was filed under {planRaw}', 'memeber id {planRaw}', 'polcy number {planRaw}', 'the kiosk read my card as {planRaw}, is that right', 'secondary coverage {planRaw} for the home health copays',
        'not the dental card, my medical one: {planRaw}',
      ],
      es: [
        'credencial del ISSSTE {planRaw}', 'número de beneficiario {planRaw}', 'numero de afilado {planRaw}', 'póliza de gastos médicos {planRaw}', 'la autorización se pidió con {planRaw}',
        'medicare por insuficiencia renal {planRaw}', 'seguro de la vista {planRaw}', 'seguro secundario {planRaw} para los copagos',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'HSA acct {acctRaw}', 'guarantor no. {acctRaw}', 'statement acct {acctRaw}', 'the disputed charge is on {acctRaw}', 'acount {acctRaw}',
        'refund the DME deposit to checking {acctRaw}', 'plasma comp direct deposit to {acctRaw}', 'payment plan for the sleep study, acct {acctRaw}',
      ],
      es: [
        'cuenta HSA {acctRaw}', 'cuenta del garante {acctRaw}', 'el cargo en aclaración está en la cuenta {acctRaw}', 'devuelvan el depósito de la andadera a {acctRaw}',
        'cuneta {acctRaw}', 'el plan de pagos del estudio del sueño, cuenta {acctRaw}',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'learner permit {licRaw}, my mom is the driver', 'optometrist license {licRaw} on the contact lens rx', 'compounding pharmacist lic {licRaw}', 'licnese {licRaw}',
        'PT license # {licRaw} for the superbill', 'kiosk id scan failed, DL {licRaw}', 'occ health needs my commercial license, {licRaw}', 'passport {licRaw}, for the travel shots record',
      ],
      es: [
        'licencia de chofer {licRaw}', 'pasaporte {licRaw} para la cartilla de vacunas', 'cédula del optometrista {licRaw}', 'licencia del químico farmacéutico {licRaw}',
        'licensia {licRaw}', 'permiso de manejo provisional {licRaw}',
      ],
    },
    NPI: {
      en: ['rendering provider {npiRaw}', 'billing npi on the claim is {npiRaw}, that is not my doctor', 'attending NPI {npiRaw}', 'the PA form wants the prescriber npi {npiRaw}', 'optometrist npi {npiRaw} for the vision claim'],
      es: ['proveedor que atendió {npiRaw}', 'el npi de facturación {npiRaw} no es de mi doctor', 'el formulario de autorización pide el NPI del médico {npiRaw}', 'npi de la optometrista {npiRaw}'],
    },
    VEHICLE_ID: {
      en: [
        'ambulette plate {vehicleRaw}, driver never came to the door', 'my car is in the dialysis lot overnight, {vehicleRaw}', 'the plasma center lot towed {vehicleRaw} 😤',
        'occ health: company truck {vehicleRaw} for the post-accident test', 'is the home health nurse driving {vehicleRaw}? it has been parked out front an hour', 'VA van {vehicleRaw} left without me',
      ],
      es: [
        'la camioneta del traslado {vehicleRaw} y el chofer ni se bajó', 'dejé el carro en el estacionamiento de diálisis, {vehicleRaw}', 'se llevó la grúa mi carro del centro de plasma, {vehicleRaw}',
        'la troca de la empresa {vehicleRaw}, para el antidoping del accidente', 'la enfermera a domicilio maneja {vehicleRaw}? lleva una hora afuera',
      ],
    },
    DEVICE_ID: {
      en: [
        'home hemo cycler serial {deviceRaw}, flow error again', 'home sleep test unit {deviceRaw} mailed back', 'TENS unit from the PT gym {deviceRaw} stopped pulsing',
        'concentrator S/N {deviceRaw} ready for the DME pickup', 'knee scooter serial {deviceRaw}, brake is loose', 'rollator tag {deviceRaw}', 'glucometer {deviceRaw} reads high vs the lab',
        'the urgent care loaned me a pulse ox, {deviceRaw}',
      ],
      es: [
        'serie de la máquina de hemodiálisis en casa {deviceRaw}', 'el equipo del estudio del sueño {deviceRaw} ya lo mandé', 'el TENS del gimnasio {deviceRaw} ya no da pulsos',
        'concentrador S/N {deviceRaw}, listo para que lo recojan', 'serie del scooter de rodilla {deviceRaw}', 'el glucómetro {deviceRaw} marca más alto que el laboratorio',
      ],
    },
    CREDIT_CARD: {
      en: [
        'HSA debit {cardRaw}', 'put the compounding copay on {cardRaw}', 'travel vaccines are self-pay, use {cardRaw}', 'the disputed charge hit {cardRaw} twice',
        'card on file {cardRaw} expired, use the same one new exp', 'glasses deposit on {cardRaw}', 'DME late fee got charged to {cardRaw}',
      ],
      es: [
        'tarjeta del HSA {cardRaw}', 'el copago de la fórmula con {cardRaw}', 'las vacunas del viaje las pago con {cardRaw}', 'el cargo en aclaración salió dos veces en {cardRaw}',
        'el anticipo de los lentes con {cardRaw}', 'me cobraron la multa de la andadera a {cardRaw}',
      ],
    },
    IBAN: {
      en: [
        'the fertility clinic overseas wants the refund info, {ibanRaw}', 'travel clinic overcharged me, my bank is in europe: {ibanRaw}', 'expat here, can i pay the PT invoice from {ibanRaw}',
        'return the equipment deposit to {ibanRaw}', 'VA travel reimbursement, i live abroad now: {ibanRaw}',
      ],
      es: [
        'el reembolso de la clínica de fertilidad a {ibanRaw}', 'me cobraron de más en la clínica del viajero, mi banco es de España: {ibanRaw}', 'puedo pagar la terapia desde {ibanRaw}?',
        'devuelvan el depósito del equipo a {ibanRaw}', 'la cuota de la óptica, reembolso a {ibanRaw}',
      ],
    },
  },
  idFrames: {
    en: [
      'dispatch asked for {X}', 'the kiosk screen wants {X}', 'prior auth rep on hold needs {X}', 'home health intake sheet, line 4: {X}', 'for the dispute: {X}',
      'DME return slip asks for {X}', 'occ health clipboard had a box for {X}', 'school nurse form: {X}', 'VA rep read back {X}, is that right?', '{X} <- copied from the letter',
      'confidential - {X}', 'still there? {X}', 'the draw station printed {X} on my tube label??', 'sorry, autocorrect. {X}',
    ],
    es: [
      'la central de traslados me pidió {X}', 'la pantalla del kiosco pide {X}', 'la de autorizaciones en la línea necesita {X}', 'hoja de ingreso de enfermería en casa, renglón 4: {X}',
      'para la aclaración: {X}', 'la hoja de devolución del equipo pide {X}', 'forma de la enfermería escolar: {X}', 'el del VA me leyó {X}, está bien?', '{X} <- lo copié de la carta',
      'confidencial - {X}', 'sigue ahí? {X}', 'perdón, el autocorrector. {X}',
    ],
  },
  mixed: {
    en: [
      'dialysis transfer: {name} {dob}, {mrn}, ESRD medicare {planRaw}, new unit in {city}', 'sleep lab: {name}, home test unit {deviceRaw}, return to {address}, call {phoneRaw}',
      'PT referral from {provider} {npi} for {name}, fax plan of care to {faxRaw}', 'fertility: {name} and {name}, {dob}, meds ship to {address}, card {cardRaw}',
      'travel consult {date}: {name}, passport {licRaw}, email {email}', 'veteran {name}, SSAN {ssnRaw}, TRICARE DBN {planRaw}, {phone}',
      'school nurse: {first} in 3rd grade, {dob}, parent {name} {phoneRaw}', 'home health visit {date} for {name} ({ageRaw}) at {address}, aide {first}',
      'bereavement follow-up for {name}, spouse of {name}, {email}', 'draw station: {name}, {dobRaw}, {mrn}, results to {email}',
      'ride for {name} from {address} on {date}, van {vehicleRaw}, call {phoneRaw}', 'dispute: {name}, statement acct {acctRaw}, charged {cardRaw} twice',
      'PA for {name}, {plan}, prescriber {provider} npi {npiRaw}', 'DME return: {name}, concentrator S/N {deviceRaw}, refund to {acctRaw}',
      'kiosk: {name} {dob}, ip {ip}, error 500', 'occ health: {name}, DL {licRaw}, company truck {vehicleRaw}, employer {address}',
      'plasma donor {name}, {ssn}, deposit to {ibanRaw}', 'hi its {first}, new number {phoneRaw} and new email {email}, same address {address}',
    ],
    es: [
      'traslado de diálisis: {name} {dob}, {mrn}, unidad nueva en {city}', 'laboratorio del sueño: {name}, equipo {deviceRaw}, devolver a {address}, tel {phoneRaw}',
      'referencia a terapia de {provider} para {name}, fax {faxRaw}', 'fertilidad: {name} y {name}, medicamento a {address}, tarjeta {cardRaw}',
      'consulta del viajero el {date}: {name}, pasaporte {licRaw}, correo {email}', 'veterano {name}, seguro social {ssnRaw}, {phone}',
      'enfermería escolar: {first} de tercero, {dob}, mamá {name} {phoneRaw}', 'visita en casa el {date} para {name} ({ageRaw}) en {address}',
      'duelo: {name}, esposa de {name}, {email}', 'toma de muestra: {name}, {dobRaw}, {mrn}', 'traslado de {name} desde {address} el {date}, camioneta {vehicleRaw}',
      'aclaración: {name}, cuenta {acctRaw}, cobraron dos veces a {cardRaw}', 'autorización para {name}, {plan}, médico {provider}',
      'devolución: {name}, concentrador {deviceRaw}, reembolso a {ibanRaw}', 'hola soy {first}, my new cel es {phoneRaw} y el correo {email}',
    ],
  },
  negatives: {
    en: [
      ['lab', 'URR 72% this month, is that good enough'], ['lab', 'K 5.8 after the long weekend, too high?'], ['lab', 'phos 6.1 again, more binders with meals?'],
      ['vitals', 'dry weight 71.5 kg, they pulled 3.2 L and i cramped'], ['vitals', 'RDI 22 and ODI 15 on the home test, is that moderate'], ['vitals', 'CPAP at 11 cm H2O feels like a leaf blower'],
      ['vitals', 'knee flexion 95 degrees, goal is 120'], ['count', '3 sets of 12 heel slides, then ice 15 min'], ['lab', 'E2 1850 on day 9, trigger tonight?'],
      ['dose', '150 IU gonal-f plus 75 menopur, same time every night?'], ['dose', 'typhoid capsules, one every other day, 4 total'], ['price', 'yellow fever shot is $350??'],
      ['vitals', 'combined disability rating went from 50 to 70%'], ['room', 'VA pharmacy window 6 never opens before 9'], ['time', 'the school nurse is only in until 1:30 on fridays'],
      ['vitals', 'temp 100.4 at recess, does he have to go home'], ['count', '60 visits approved for home health, we used 12'], ['hcpcs', 'G0299 skilled nursing visit on my EOB, what is that'],
      ['word', 'the grief group meets in the chapel, room 3, right?'], ['duration', 'fasting 12 hours for the lipid panel or 8?'], ['lab', 'lavender top and gold top, 2 tubes, why so many'],
      ['time', 'draw station opens at 6:30 or 7?'], ['ride', 'trip 55102 was a no-show on their end, not mine'], ['ride', 'they sent a sedan but i need the wheelchair lift'],
      ['cpt', '99285 for a sprained ankle?? thats a level 5'], ['price', 'balance $1,284.50 and i already paid $300 of it'], ['ticket', 'PA reference 4471920 still pending clinical review'],
      ['hcpcs', 'E0143 walker rental, month 13 of 13, do i own it now'], ['hcpcs', 'E0250 hospital bed, can ups take it back'], ['hcpcs', 'E1390 concentrator and A4670? no idea what that is'],
      ['rma', 'RMA 55-20931 for the knee scooter return'], ['room', 'kiosk 2 by the door is stuck on the language screen'], ['duration', 'wait time 1 hr 45 min at urgent care, is that normal'],
      ['vision', 'OD -2.75 -0.50 x 180, OS -3.00, is that a big jump'], ['vision', 'PD 63, add +1.25 for the readers'], ['vision', 'IOP 21 in the right eye, glaucoma?'],
      ['vision', 'base curve 8.6, diameter 14.2, the trial pair felt tight'], ['compound', 'ketoprofen 10% / lidocaine 5% cream, 60 g tube, how often'], ['compound', 'magic mouthwash 1:1:1, 240 mL, swish and spit?'],
      ['compound', 'dye-free suspension 5 mg/mL, 150 mL, how long in the fridge'], ['occ', '10-panel urine screen, split specimen, is that standard'], ['occ', 'fit test passed on the 1870+, size M'],
      ['occ', 'TB test read at 48-72 hrs, 0 mm, am i cleared'], ['plasma', 'total protein 5.9, deferred again'], ['plasma', '880 mL per donation, twice a week, is that safe'],
      ['inr', 'INR 2.6, warfarin 5 mg weekdays and 7.5 on weekends'], ['cpt', 'is 90717 the yellow fever one?'], ['cpt', '92015 refraction is never covered?'], ['cpt', '95806 home sleep test, $0 copay?'],
      ['cpt', '97110 times 4 units per visit, is that right'], ['cpt', '99455 for the work comp exam'], ['icd', 'Z23 on the travel clinic bill'], ['icd', 'N18.6 and Z99.2 on every dialysis claim'],
      ['icd', 'G47.33 for the sleep study PA'], ['icd', 'Z31.84 on the egg freezing bill'], ['icd', 'M17.11 right knee for PT'], ['icd', 'Z79.01 long term anticoagulant, thats the warfarin?'],
      ['icd', 'Z02.1 pre-employment exam code'], ['icd', '{icd} on the urgent care bill'], ['cpt', 'they billed {cpt} for a 5 minute visit'], ['ndc', 'compounding base {ndc} out of stock?'],
      ['order', 'glasses {order} still says processing'], ['ticket', 'dispute {ticket} closed without a call'], ['tracking', 'sleep test return label {tracking}, who pays'],
      ['invoice', 'PT {invoice}, why two charges'], ['confirmation', 'ride booked, {confirmation}'], ['price', 'self-pay draw is {price}?'], ['price', 'compounded cream {price} for 30 grams'],
      ['dose', '{dose} of the binder with each meal'], ['dose', 'malarone 1 tab daily, start 2 days before'], ['lab', '{lab} at the draw station'], ['bp', '{bp} before the run, they held it'],
      ['time', 'chair time {time}, can i come earlier'], ['time', 'ride pickup at {time} for a {time} appt'], ['weekday', 'is the draw station open {weekday}'], ['duration', 'been on dialysis {duration}'],
      ['year', 'had lasik in {year}, can i still get contacts'], ['agelow', 'my son is {agelow}, can the school nurse give him tylenol'], ['agelow', 'i am {agelow}, is egg freezing still worth it'],
      ['version', 'kiosk software {version}?? it crashed'], ['planname', 'does {planname} cover the sleep study'], ['state', 'VA clinic in {state} or only the big hospital'], ['ratio', 'PT says {ratio} work to rest'],
      ['pain', '{pain} after PT yesterday'], ['count', '{count} mL pulled off today'], ['word', 'will the chair be free by noon tomorrow'], ['word', 'hope the new needles are smaller'],
      ['word', 'is there a grace period on the payment plan'], ['word', 'my energy fell off a cliff after the fistula surgery'], ['word', 'can i bring a mason jar of ice chips to dialysis'],
      ['word', 'cole slaw and potassium, yes or no'], ['word', 'forrest green frames or the black ones'], ['word', 'brook trout ok on the renal diet?'], ['word', 'reed diffuser smell in the sleep room was awful'],
      ['word', 'can someone jack the bed up a bit in the infusion chair'], ['word', 'buddy taping my toes, PT said 2 weeks'], ['word', 'rocky road ice cream after the draw 😋'],
      ['word', 'my hunter orange vest for the VA hunting trip lol, cleared to go?'], ['word', 'the christmas carol playing in the lobby is driving me nuts'], ['word', 'the tailor said the brace has to fit under my slacks'],
      ['word', 'thanks, see you next run'], ['word', 'ok will do'], ['word', 'got it 👍'], ['word', 'how long is the wait at urgent care right now'], ['word', 'do i need a referral for PT or can i just come'],
      ['word', 'can the school nurse give the inhaler or do i have to sign something'], ['word', 'where do i drop off the walker'], ['word', 'is the compounding desk open on weekends'],
      ['dose', 'hep B series, dose 2 of 3, did i miss the window'], ['lab', 'beta 212 on the first draw, should it double?'], ['vitals', 'spo2 dipped to 86% during the study, is that scary'],
      ['count', '14 steps up to my door, can the transport crew handle that'], ['room', 'bay 7 at urgent care, been sitting here an hour'], ['occ', 'hearing baseline 25 dB at 4 kHz, the plant is loud'],
      ['price', 'progressive lenses $420 after the allowance, really?'], ['word', 'can my service dog stay with me at the sleep lab'], ['word', 'does the compounding desk make sugar-free lollipops for kids'],
      ['word', 'who do i talk to about a billing error, the bot keeps looping'], ['word', 'my fistula has a thrill but it feels weaker today'], ['word', 'can i shower with the heart monitor patch on'],
      ['eponym', 'baker cyst behind my knee, still ok to do squats at PT'], ['eponym', 'achilles tendon is tight, PT said try a night splint'], ['media', 'the patch adams movie is why i volunteer for hospice lol'],
      ['store', "the mcdonald's by the plasma center gives donors a free coffee?"], ['celebrity', 'my kid wants the same frames as harry styles, do you carry those'],
      ['eponym', "is hashimoto's why i can't lose the weight"], ['eponym', "bell's palsy after the flu shot? my face droops on one side"], ['eponym', 'the epley maneuver at PT made me so dizzy'],
      ['eponym', "raynaud's in the cold dialysis room, my fingers go white"], ['eponym', "sjogren's dry eyes, which drops at the optical shop"], ['eponym', "dupuytren's in both hands, can PT help"],
      ['eponym', 'tommy john surgery rehab, does your gym do throwing programs'], ['eponym', "lou gehrig's disease runs in the family, do i need a referral"], ['eponym', 'school nurse did the snellen chart, he got 20/40'],
      ['media', "waiting room tv is stuck on grey's anatomy, can someone change it"], ['media', "they play stayin' alive in the CPR class every time"], ['media', 'the PT gym plays sweet caroline every hour 😩'],
      ['media', 'rocky theme on the stairs at PT, love it'], ['media', 'reading harry potter to pass the time in the chair'], ['store', "after the fasting draw we always go to denny's"],
      ['store', "wendy's frosty on the renal diet, how bad"], ['store', "chick-fil-a sauce sodium, asking for a dialysis patient"], ['store', "trader joe's frozen meals for the kidney diet?"],
      ['store', 'walgreens says the compound is not covered, why'], ['store', "are dr. scholl's insoles ok instead of the custom orthotics"], ['holiday', 'closed for MLK day?'],
      ['holiday', "draw station open on presidents' day?"], ['holiday', "st patrick's green beer and my INR 🍀"], ['holiday', 'veterans day hours at the VA clinic?'],
      ['landmark', 'the sleep lab off broadway, the one with the blue awning?'], ['team', 'wore my cowboys jersey to PT and my therapist is an eagles fan lol'], ['team', 'lakers game on in the dialysis unit tonight?'],
      ['celebrity', 'taylor swift tickets, can i move my fertility appt'], ['celebrity', 'dolly parton books for the school nurse waiting corner, can we donate'],
    ],
    es: [
      ['lab', 'el URR salió 72%, está bien?'], ['lab', 'el potasio en 5.8 después del fin de semana'], ['lab', 'fósforo en 6.1, más quelantes?'], ['vitals', 'peso seco 71.5 kg, me sacaron 3.2 litros y me dieron calambres'],
      ['vitals', 'IAH 22 y saturación mínima 84%'], ['vitals', 'el CPAP en 11 cm de agua se siente como ventilador'], ['vitals', 'flexión de rodilla 95 grados, la meta es 120'],
      ['count', '3 series de 12, luego hielo 15 minutos'], ['lab', 'estradiol 1850 en el día 9, me inyecto hoy?'], ['dose', '150 UI de gonal-f y 75 de menopur'], ['price', 'la vacuna de fiebre amarilla cuesta $1,800 pesos?'],
      ['room', 'la ventanilla 6 de la farmacia del VA nunca abre'], ['vitals', 'temperatura 38.2 en el recreo, lo mando a su casa?'], ['count', 'autorizaron 60 visitas de enfermería, llevamos 12'],
      ['word', 'el grupo de duelo es en la capilla, salón 3?'], ['duration', 'ayuno de 12 horas o de 8 para el perfil de lípidos?'], ['lab', 'tubo morado y tubo dorado, para qué tantos'],
      ['time', 'la toma de muestras abre a las 6:30?'], ['ride', 'el viaje 55102 no llegó, no fue culpa mía'], ['ride', 'mandaron un sedán y necesito la rampa'], ['cpt', 'me cobraron 99285 por un esguince?'],
      ['price', 'saldo de $1,284.50 y ya pagué $300'], ['ticket', 'la referencia de autorización 4471920 sigue en revisión'], ['hcpcs', 'E0143 renta de andadera, mes 13 de 13, ya es mía?'],
      ['rma', 'RMA 55-20931 para devolver el scooter'], ['room', 'el kiosco 2 de la entrada está trabado'], ['duration', '1 hora 45 minutos de espera en urgencias'],
      ['vision', 'OD -2.75 -0.50 x 180, OI -3.00, subió mucho?'], ['vision', 'distancia pupilar 63, adición +1.25'], ['vision', 'presión ocular 21 en el ojo derecho'],
      ['compound', 'crema de ketoprofeno 10% con lidocaína 5%, tubo de 60 g'], ['compound', 'enjuague mágico 1:1:1, 240 ml'], ['occ', 'antidoping de 10 paneles, muestra dividida'],
      ['occ', 'la prueba de ajuste pasó con el 1870+, talla M'], ['occ', 'la PPD salió 0 mm a las 72 horas'], ['plasma', 'proteína total 5.9, me rechazaron otra vez'], ['inr', 'INR 2.6, warfarina 5 mg entre semana y 7.5 el fin'],
      ['cpt', '92015 la refracción nunca la cubren?'], ['cpt', '97110 por 4 unidades cada sesión?'], ['icd', 'Z23 en la cuenta de la clínica del viajero'], ['icd', 'N18.6 en todos los reclamos de diálisis'],
      ['icd', 'G47.33 para la autorización del estudio'], ['icd', '{icd} en la factura de urgencias'], ['cpt', 'cobraron {cpt} por 5 minutos'], ['ndc', 'la base para la fórmula {ndc} está agotada?'],
      ['order', 'los lentes del {order} siguen en proceso'], ['ticket', 'cerraron la aclaración {ticket} sin llamarme'], ['tracking', 'la guía del estudio del sueño {tracking}, quién paga'],
      ['invoice', 'la {invoice} de terapia, por qué dos cargos'], ['confirmation', 'traslado confirmado, {confirmation}'], ['price', 'la toma de muestra sin seguro cuesta {price}?'],
      ['dose', '{dose} del quelante con cada comida'], ['lab', '{lab} en la toma de muestras'], ['bp', '{bp} antes de la sesión y no me conectaron'], ['time', 'mi turno es a las {time}, puedo llegar antes?'],
      ['weekday', 'abre la toma de muestras el {weekday}?'], ['duration', 'llevo {duration} en diálisis'], ['year', 'me operé de la vista en {year}'], ['agelow', 'mi hijo tiene {agelow} años, le puede dar paracetamol la enfermera?'],
      ['version', 'el kiosco con la versión {version} se cerró'], ['planname', 'el {planname} cubre el estudio del sueño?'], ['state', 'hay clínica del VA en {state}?'], ['pain', '{pain} después de la terapia de ayer'],
      ['word', 'mi ángel de la guarda me cuidó en la diálisis'], ['word', 'jesús, qué largo el turno hoy'], ['word', 'la enfermera fue mi salvador con la fístula'], ['word', 'todos los santos días tengo calambres'],
      ['word', 'qué bárbara la terapeuta, me hizo sudar'], ['word', 'feliz porque ya no necesito la andadera'], ['word', 'el pan blanco tiene mucho fósforo?'], ['word', 'el anillo de rubí me lo quito para la resonancia?'],
      ['word', 'soy paciente leal de la óptica desde hace años'], ['word', 'con prudencia le bajo al CPAP?'], ['word', 'va, gracias'], ['word', 'sale pues'], ['word', 'ok, ahí estaré'],
      ['word', 'necesito referencia para terapia o llego directo?'], ['word', 'dónde dejo la andadera?'], ['word', 'la farmacia de fórmulas abre los fines de semana?'], ['word', 'cuánto se tarda urgencias ahorita'],
      ['lab', 'la beta salió 212, se tiene que duplicar?'], ['vitals', 'bajé a 86% de oxígeno en el estudio, es grave?'], ['room', 'cubículo 7 de urgencias, ya llevo una hora'],
      ['price', 'los lentes progresivos en $4,200 pesos, es lo que cubre?'], ['word', 'puede entrar mi perro de servicio al laboratorio del sueño?'], ['word', 'con quién veo un error en mi cuenta? el bot no entiende'],
      ['word', 'la fístula vibra pero hoy la siento más débil'], ['dose', 'hepatitis B, dosis 2 de 3, ya se me pasó?'], ['count', 'son 14 escalones a la casa, los del traslado pueden subirla?'],
      ['eponym', 'quiste de Baker detrás de la rodilla, sigo con la terapia?'], ['eponym', 'el tendón de Aquiles me duele en las mañanas'], ['store', 'en Ópticas Devlyn me dieron otra graduación, quién tiene razón?'],
      ['celebrity', 'mi hija quiere lentes como los de Frida Kahlo jaja'], ['holiday', 'para el Día de Muertos ponemos altar, puedo faltar a la sesión de la tarde?'],
      ['eponym', 'el síndrome de Down de mi hijo, lo ven en la enfermería escolar?'], ['eponym', 'me dio parálisis de Bell después de la vacuna?'], ['eponym', 'tengo Hashimoto, por eso no bajo de peso?'],
      ['eponym', 'me toca el Papanicolaou y la clínica de fertilidad lo pide'], ['eponym', 'la escala de Glasgow en urgencias, qué significa 15'], ['media', 'en la sala de espera ponen La Rosa de Guadalupe a todo volumen'],
      ['media', 'mi hijo ve El Chavo en la diálisis pediátrica'], ['media', 'leyendo Cien años de soledad en el sillón de diálisis'], ['media', 'en terapia ponen Cielito lindo para los ejercicios'],
      ['store', 'Farmacias Guadalajara no hace fórmulas magistrales?'], ['store', 'el Dr. Simi vende el mismo gotero?'], ['store', 'compré la almohada para el CPAP en Liverpool'], ['store', 'en Soriana venden los cubrebocas N95?'],
      ['store', 'después de la toma de muestra vamos a Sanborns a desayunar'], ['holiday', 'el Día de San Judas cierran?'], ['holiday', 'rosca del Día de Reyes en la dieta renal?'], ['holiday', 'tamales de la Candelaria y mi potasio'],
      ['landmark', 'la clínica que está sobre Insurgentes, la de la puerta azul?'], ['team', 'el de las Chivas y el de Cruz Azul se pelean en la sala de diálisis jaja'], ['team', 'los Rayados de Monterrey juegan hoy, ponen la tele?'],
      ['celebrity', 'en el gimnasio de terapia ponen puro Juan Gabriel'], ['celebrity', 'boletos para Bad Bunny, puedo cambiar la cita de fertilidad?'], ['celebrity', 'la canción de Shakira en la sala de espera otra vez'],
    ],
  },
  tails: {
    en: [' (RMA 55-20931)', ' - URR 72% btw', ', OD -2.75', ' ({cpt})', ' also INR 2.6', ' and kiosk 2 is frozen again', ', dry weight 71.5 kg', ' - chair time {time}', ' (trip 55102)', ', balance {price}'],
    es: [' (RMA 55-20931)', ' - el URR salió 72%', ', OD -2.75', ' ({cpt})', ' y el INR 2.6', ' y el kiosco 2 trabado otra vez', ', peso seco 71.5 kg', ' - mi turno a las {time}', ', saldo {price}'],
  },
  greetings: {
    en: ['Morning all, ', 'Hi hi, ', 'Excuse me, ', 'Hey team! ', 'Hello? ', 'Um hi, ', 'Good day, '],
    es: ['Buen día, ', 'Qué onda, ', 'Disculpe, ', 'Holi, ', 'Hola, una consulta: ', 'Buenas buenas, ', 'Muy buenas, '],
  },
};
