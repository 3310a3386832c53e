/**
 * A tenth, independent set of phrasings for the generator ("blind9"), written blind on 2026-11-28
 * for the fourth session's blind measurement: its author read eval/ (generator, values, score, run,
 * holdout, blind2 … blind8), section 4 of DESIGN.md and the first 40 lines of docs/evaluation.md,
 * but nothing under src/, test/, bench/ or scripts/, nothing else in docs/, no git history, log or
 * diffs of the repository, and the engine was not run on it (only redact-pii, to check that it loads
 * and generates).
 * It avoids the wording of DEFAULT_TEMPLATES, holdout.ts and blind2.ts … blind8.ts: new situations
 * (physical therapy after a knee replacement with a CPM machine, wisdom-teeth and oral surgery,
 * allergy shot build-up, home IV antibiotics through a PICC line, fracture clinic and cast care,
 * skin biopsy and Mohs results, cataract surgery, veterinary mix-ups where the pet has a human name
 * (only people are labelled: Bella, Max, Charlie, Luna, Rocky, Buddy, Toby stay unlabelled),
 * warehouse injuries and OSHA paperwork, sports physicals and concussion clinic, methadone and
 * buprenorphine intake with take-home doses, Medicaid renewal / redetermination, surprise-bill and
 * good-faith-estimate disputes, funeral homes requesting records of the deceased, caregiver respite
 * and adult day programs, rabies shots after a dog bite, TB directly observed therapy (TAES), PrEP
 * and STI clinic, plasma donation centres, remote patient monitoring (cellular BP cuffs and scales),
 * hospital-at-home, lithotripsy, vasectomy, menopause clinic, college student health, refugee health
 * screening, chiropractic and acupuncture, limb and prosthetics clinic, lead screening, medical
 * cannabis cards), new cue words for ids ("client number", "dosing card", "DOT file", "OTP patient
 * id", "plasma donor number", "episode id", "limb clinic chart", "student health id", "medicaid
 * client id", "TRICARE DBN", "dental plan subscriber", "vision plan member", "marketplace policy",
 * "ADAP enrollment", "the orange card says … under my name", "HSA", "IHSS direct deposit", "payment
 * arrangement", "medical cannabis card", "funeral director license", "forklift certification",
 * "green card #", "ASL interpreter certification", "CADD pump serial", "CPM machine", "bone
 * stimulator", "cellular bp cuff", "knee implant card", "ignition interlock", "hearse", "número de
 * cliente", "tarjeta de dosis", "expediente del TAES", "número de donante", "episodio", "tarjeta de
 * residente", "certificación de montacargas", "carroza"), typos in cue words ("patinet", "birthdy",
 * "adress", "phnoe", "emial", "soical", "insurence", "acount", "liscense", "pacienet",
 * "nacimineto", "direcion", "telefno", "corrreo", "seguor", "medicad", "cuetna", "licensia"),
 * names in every position and case (message start with no cue, after verbs, lists, parentheses,
 * possessives, sign-offs on the next line, "CC:", "atte.", all-caps context, hyphenated and compound
 * given names, Spanish names with two surnames, names next to pet names), ages over 89 in new
 * phrasings ("a spry …", "going on …", "the decedent was …", "new knee at …"), dates after new cue
 * words (clean date, sobriety date, cast comes off, PICC placed, date of death, day 0, started DOT,
 * first donation, renewal due, "…-ish", "from … to …", "by … at the latest", "(…)"), addresses in new
 * situations (CPM and infusion deliveries, the address of the dog that bit me, gate codes, dorms,
 * resettlement, DOT meeting points), phones and faxes with new cue words (after-hours dosing line,
 * on-call infusion pharmacist, dog owner, sponsor / padrino, athletic trainer fax, animal control,
 * warehouse HR), several identifiers in one message, ids without the obvious keyword, run-ons,
 * Spanglish, all caps and all lower case, and negatives that look like PHI (suboxone 8/2, zubsolv
 * 5.7/1.4, IOP 16/18, methadone and antibiotic doses, vanc trough, CRP, ESR, PPD in mm, blood lead,
 * CD4, COWS, knee flexion, Breslow depth, stone size, SCAT5, wheal size, 90-day supply, 90 days
 * clean, CPT 27447/97161/29425/25600/95117/11102/11104/88305/66984/90675/90375/86580/86480/87491/
 * 87591/99453/99454/55250/50590/98941/97810/99408, CDT D7240/D9243, HCPCS S9500/J3370/E0935/E0747/
 * L1830/E0114/H0020/Q9991/J2315/J0739/L5301, ICD Z96.651/M17.11/S52.501A/K01.1/D22.5/H25.11/W54.0XXA/
 * Z20.3/F11.20/R76.11/Z11.3/Z30.2/N20.0/S06.0X0A/Z02.5/S39.012A/Z63.6/R78.71/Z59.7, a payer id, a
 * provider taxonomy code, claim lines, lot numbers of vaccines, allergy vials, cast tape and
 * implants, dosing windows, plasma chairs, dock doors, aisles, cemetery plots, forklift numbers,
 * OSHA 300 / form 301, gate codes, prices, times, counts, drug brands that look like given names -
 * charlotte 24 fe, aurovela, leena, aranelle, liletta, orilissa, annovera, briellyn, philith,
 * tessalon, maxalt, celestone, lucemyra, addyi, jaimiess, dasetta, pirmella, enskyce, cryselle,
 * levora, clarinex, claritin - eponyms - colles, boxer's, jones fracture, baker's cyst,
 * osgood-schlatter, bell's palsy, mohs, foley, heimlich, tommy john, dr scholls - foods and things
 * named after places - napa cabbage, vidalia onions, kansas city ribs, philadelphia cream cheese,
 * swedish meatballs, belgian waffles, danish, hamburger, frankfurters, bologna, black forest ham,
 * neapolitan ice cream, cheddar, brazil nuts, jordan almonds, darjeeling, ceylon cinnamon, cornish
 * hen, champagne, bartlett pears, walla walla onions, nashville hot chicken, cincinnati chili,
 * virginia ham, queso de burgos, pimientos de padrón, tortilla española, turrón de jijona, paella
 * valenciana, crema catalana, gazpacho andaluz, un tehuacán, vino de rioja, fabada asturiana, cajeta
 * de celaya, queso chihuahua - month and weekday words used as ordinary words - may, mayo, april
 * showers, june bugs, march (verb), ash wednesday, fat tuesday, sunday roast, good friday, saturday
 * night live, hacer su agosto, domingo de ramos, viernes santo, semana santa - and words that are
 * also given names - will, grant, skip, max, peg, ward, clay, patty, sherry, chuck, carol, candy,
 * brandy, misty, dusty, cliff, guy, norm, pierce, hunter, mason, kitty, daisy, violet, buck, bob,
 * reed, bud, earl, rocky, joe, granny smith, shirley temple, arnold palmer, reuben, graham, caesar,
 * benedict; sal, mar, gloria, ángel, pastor, pura, linda, bella, olvido, concepción, salud,
 * cándido, fortuna, ventura, jesús, valentina, maría, lala, césar, abuelita).
 * Once committed it is no longer unseen: write a new set for the next blind measurement.
 * Same labelling rules (DESIGN.md §4): context words outside spans, see eval/generator.ts.
 */
import type { TemplateSet } from './generator';

export const BLIND9_TEMPLATES: TemplateSet = {
  labelled: {
    PERSON: {
      en: [
        'knee replacement pt: {first} got me to 95 degrees today, the CPM is next', '{name} had all four wisdom teeth out, is bleeding through the gauze normal',
        'allergy shot nurse {first} says i wait 30 min after every shot even on vial 4?', 'home infusion: {provider} wants a vanc trough before the 3rd dose',
        'the PICC nurse {first} flushed the line but it still wont draw back', '{name} got his cast wet in the pool, do we need a new one',
        'biopsy results for {name}? the dermatologist said 7-10 days', 'can {provider} do the mohs on my nose or is that a different surgeon',
        'cataract surgery: {relative} needs someone to drive her, i can do it', 'the vet called me instead of {name}, we have the same last name lol. our dog is Bella, his is Max',
        'warehouse injury: {name} hurt his back lifting at dock 6, supervisor {first} sent him over', 'sports physical for {name}, the form has to be signed before tryouts',
        'intake at the methadone clinic for {name}, counselor is {first}', 'medicaid renewal: {name} is still on my case but moved out, how do i take her off',
        'surprise bill - the anesthesiologist {name} was out of network and nobody told me', 'funeral director {name} is requesting the records for {relative}',
        'respite care: {first} from the agency will sit with dad so i can sleep', 'rabies shots for me and {relative}, the dog got both of us',
        'DOT nurse {first} watches me take the TB pills every morning, can she come later', 'PrEP refill for {name}, the 3 month labs are done',
        'plasma center: phlebotomist {first} blew my vein twice', 'the RPM nurse {first} called about my weight going up',
        'hospital at home: {provider} does the video visit at 9, paramedic {first} at noon', 'concussion clinic - {name} took a hit in practice, headache and light sensitive',
        '{first}!!! the stone passed!!!', 'thx {name}, the vasectomy went fine, frozen peas are my best friend', 'asking for {relative}, menopause clinic, hot flashes all night',
        'student health: {first} down the hall has a rash, is it contagious', 'refugee health screening for the family of {name}, 6 people, need an interpreter for Dari',
        'chiro {first} cracked my neck and now i feel dizzy', 'prosthetist {name} says the new socket is ready', 'lead screen for {first}, she just turned 1',
        'cast itches like crazy, can i use a hanger?\n\n- {first}', 'thanks for squeezing me in after the dog bite\nxo {first}', 'the respite aide ({first}) left early again, hours wasted',
        "{first}'s PICC dressing is peeling at the edge", "is this {name}'s xray or mine, the cast clinic printed the wrong one", 'my son is {first}-{first}, not {first}, fix the sports physical form pls',
        'patinet {name} missed her methadone dose yesterday', 'CC: {name} re: disputed ER bill', 'NOBODY TOLD {name} THE HOME INFUSION WAS CANCELLED',
        '{name} says the cpm machine is too loud at night', '{titled} from the adult day program fell in the bathroom', 'my dogs name is Charlie and my husband is {first}, the pharmacy mixed up the scripts 🙄',
        'i drove {name} to the lithotripsy, can i wait in the lobby', 'remind {first} no ibuprofen before the biopsy', 'who is {name}? she signed off on the good faith estimate',
        'me, {first} and {first} want to donate plasma together, same day ok?', 'Luna is the cat, {first} is my daughter, the vet bill went on her insurance somehow',
        'can u tell {provider} the shots make my arm swell up like a golf ball', 'sponsor {first} drove me to intake, can he sit in', 'the acupuncturist, {name}, left a needle in my ear lol',
      ],
      es: [
        'fisioterapia de rodilla: {first} me llevó a 90 grados hoy', 'a {name} le sacaron las muelas del juicio, sigue sangrando', 'la enfermera de las vacunas de alergia, {first}, dice que espere 30 min',
        'infusión en casa: {provider} pide nivel de vancomicina antes de la tercera dosis', '{name} mojó el yeso en la alberca, hay que cambiarlo?', 'resultados de la biopsia de {name}? ya pasaron 10 días',
        'cirugía de cataratas de {relative}, yo la llevo', 'la veterinaria me llamó a mí en vez de a {name}, el perro se llama Toby', 'accidente en el almacén: a {name} se le cayó una tarima, su supervisor {first} lo mandó',
        'examen físico deportivo para {name}, se lo piden para el torneo', 'ingreso al programa de metadona para {name}, su consejera es {first}', 'renovación de medicaid: {name} ya no vive con nosotros, cómo la quito del caso',
        'la funeraria, de parte de {name}, pide el expediente de {relative}', 'relevo del cuidador: {first} de la agencia se queda con mi papá', 'vacunas de rabia para mí y {relative}, el perro nos mordió a los dos',
        'la enfermera del TAES, {first}, me ve tomar las pastillas diario', 'el flebotomista {first} del centro de plasma me picó dos veces', 'hospital en casa: {provider} hace la videollamada a las 9',
        '{first}!!! ya salió la piedra!!!', 'pregunto por {relative}, clínica de menopausia, bochornos toda la noche', 'tamizaje de salud para refugiados de la familia de {name}',
        'el quiropráctico {first} me tronó el cuello y ando mareada', 'gracias por atenderme lo de la mordida\n{first}', 'la cuidadora ({first}) se fue temprano otra vez',
        'el yeso de {first} huele feo, es normal?', 'mi hijo se llama {first} {first}, no solo {first}, corrijan la forma deportiva', 'a nombre de {first} {name} porfa, con los dos apellidos',
        'pacienet {name} no vino por su dosis de metadona ayer', 'hola, soy {first}, the infusion nurse, mañana llego a las 10 ok?', 'disputa de la factura del anestesiólogo, no estaba en la red\natte. {name}',
        '{titled} del centro de día se cayó en el baño', 'el perro se llama Max y mi esposo {first}, la farmacia cambió las recetas 🙄', 'llevé a {name} a la litotricia, lo espero afuera?',
        'díganle a {first} que nada de ibuprofeno antes de la biopsia', 'quién es {name}? firmó el presupuesto de buena fe', 'MI PADRINO {first} ME TRAJO AL INGRESO, PUEDE ENTRAR?',
      ],
    },
    DATE: {
      en: [
        'clean date is {date}, does that go on the intake form', 'sobriety date {date} - can i get take-homes yet', 'cast comes off {date}? or is it 6 weeks from the fracture',
        'knee replacement was {date}, still cant do stairs', 'biopsy taken {date}, still no call', 'medicaid renewal packet due {date}, never got it in the mail',
        'date of death {date}, the funeral home needs the records', 'PICC placed {date}, dressing change is weekly right', 'the dog bite happened {date}, day 0 shot was that night',
        'started TB DOT {date}, how many months left', 'first donation {date}, can i go again the same week?', 'discharged from hospital at home {date}',
        'concussion on {date}, when can he go back to practice', 'vasectomy {date}, semen check 12 weeks after?', 'right eye cataract {date}, left eye {date}',
        'respite week from {date} to {date}', 'is the sports physical good for a year from {date}?', 'GFE says service date {date} but i went on a different day',
        'warehouse injury {date} at the start of 2nd shift', '{dob} - calling about the suboxone refill', 'DOB {dobRaw} on the plasma donor card is wrong',
        'birthdy is {dobRaw}, the vet clinic has me mixed up with the dog lol', 'last allergy shot {date}, missed 2 weeks, do i restart the vial', 'lithotripsy moved to {date}??',
        '{date}-ish is when the rash under the cast started', 'by {date} at the latest pls, tryouts start then', 'the ER visit ({date}) is the one im disputing',
        'born {dobRaw}, arrived as a refugee {date}', 'is {date} @ 8 still good for the PICC dressing change', 'start menopause clinic {date} or wait for the labs',
      ],
      es: [
        'mi fecha de sobriedad es el {date}', 'me quitan el yeso el {date}?', 'la prótesis de rodilla fue el {date} y todavía no subo escaleras', 'la biopsia fue el {date} y nada',
        'la renovación de medicaid vence el {date}', 'fecha de defunción {date}, la funeraria pide el expediente', 'me pusieron el PICC el {date}', 'me mordió el perro el {date}, la primera vacuna fue esa noche',
        'empecé el TAES el {date}', 'primera donación de plasma el {date}', 'la conmoción fue el {date}, ya puede entrenar?', 'catarata del ojo derecho el {date} y del izquierdo el {date}',
        'relevo del {date} al {date}', 'el accidente en el almacén fue el {date}', '{dob}, es por la receta de suboxone', 'fecha de nacimineto {dobRaw} en la tarjeta del centro de plasma, está mal',
        'la litotricia la cambiaron al {date}??', 'llegamos como refugiados el {date}, nací el {dobRaw}', 'el {date} o el {date}, cuál les queda para la vasectomía?',
        'hasta el {date} a más tardar, empiezan las pruebas del equipo', 'la visita de urgencias ({date}) es la que estoy disputando',
      ],
    },
    AGE_OVER_89: {
      en: [
        'respite for my dad, he is {ageRaw} and cant be left alone', 'new knee at {ageRaw}? surgeon says he is a good candidate', 'cataract surgery at {ageRaw}, will she be awake for it',
        'the decedent was {ageRaw}, funeral home needs the last visit notes', 'great grandma ({ageRaw}) got bit by the neighbors dog, rabies shots at her age?',
        'home infusion for a {ageRaw} man with a PICC, who flushes it', 'hospital at home patient, {ageRaw}, lives with his daughter', 'biopsy on the scalp of a lady who is {ageRaw}, do we even treat it',
        'medicaid renewal for my grandmother, {ageRaw}, she cant do the phone interview', 'SHE IS {ageRaw} AND STILL WANTS THE FLU AND SHINGLES SHOTS', 'a spry {ageRaw}, still does his own stairs after the knee',
        'hes going on {ageRaw}, is a stone this big normal at that age', 'adult day program threw a party, mom is {age90} 🎂', 'wife is {ageRaw}, husband {age90}, both need a ride to the eye surgeon',
      ],
      es: [
        'relevo para mi papá, tiene {ageRaw} y no se puede quedar solo', 'prótesis de rodilla a los {ageRaw}?', 'cataratas a los {ageRaw}, la van a dormir?', 'el difunto tenía {ageRaw}, la funeraria pide las notas',
        'la bisabuela ({ageRaw}) la mordió el perro del vecino', 'hospital en casa, paciente de {ageRaw}, vive con su hija', 'renovación de medicaid de mi abuela, {ageRaw}, no puede con la entrevista',
        'YA CUMPLIÓ {ageRaw} Y QUIERE SU VACUNA', 'mi abuelito va para los {ageRaw}, una piedra así de grande es normal?', 'en el centro de día le hicieron fiesta, {age90}',
      ],
    },
    ADDRESS: {
      en: [
        'deliver the CPM machine to {address}, ring twice', 'infusion supplies to {address}, the fridge is in the garage', 'the dog that bit me lives at {address}, animal control wants it',
        'respite aide comes to {address}, gate code 4471', 'DOT nurse meets me at {address} before my shift', 'forward my medicaid renewal to {address}, i moved',
        'hospital at home team: {address}, park in the back', 'my dorm is {address}, can student health mail the PrEP', 'refugee family resettled at {address}, 6 people',
        'mail the sports physical to {address} attn athletic office', 'moving back to {city} for the summer, can i do DOT there', 'is the plasma center in {city} the same company',
        'closest lithotripsy to {zipRaw}?', 'any methadone clinics that dose on weekends near {zipRaw}', 'adress on the biopsy bill is old, use {address}',
        'got hurt at the warehouse on {address}, the one by the rail yard', 'the funeral will be in {city}, can the records go to the funeral home there', 'live in {city} but work in {city}, which clinic for the rabies shots',
        'ship the bone stimulator to {address} not the PO box', 'prosthetics fitting at home? we are at {address}',
      ],
      es: [
        'entreguen la máquina de movimiento pasivo en {address}', 'el material de infusión a {address}, el refri está en la cochera', 'el perro que me mordió vive en {address}',
        'la cuidadora de relevo va a {address}, código del portón 4471', 'la enfermera del TAES me ve en {address}', 'manden la renovación de medicaid a {address}, me cambié',
        'hospital en casa: {address}, estacionen atrás', 'la familia refugiada vive ahora en {address}', 'me regreso a {city} en el verano, puedo seguir el tratamiento allá?',
        'el centro de plasma de {city} es la misma empresa?', 'metadona cerca del {zipRaw}?', 'direcion vieja en la cuenta de la biopsia, la nueva es {address}', 'vivo en {city} pero trabajo en {city}',
      ],
    },
    PHONE: {
      en: [
        'methadone clinic after hours line? i only have {phoneRaw}', 'infusion pharmacist on call: {phoneRaw}', 'the dog owner gave me {phoneRaw} for the rabies paperwork',
        'respite agency scheduler {phoneRaw}, ask for weekends', 'coach needs a callback about the concussion, {phoneRaw}', 'DOT nurse texts from {phoneRaw}, is that her work cell',
        'RPM nurse keeps calling from {phoneRaw}, is that you guys', 'my phnoe changed, new one {phoneRaw}', 'funeral director can be reached at {phoneRaw}',
        'call my sponsor if i dont show: {phoneRaw}', '{phone} - for the cast clinic, after 3', 'daytime {phoneRaw} / nights {phoneRaw}',
      ],
      es: [
        'la línea de la clínica de metadona fuera de horario? solo tengo {phoneRaw}', 'farmacéutico de guardia de infusiones: {phoneRaw}', 'el dueño del perro me dio el {phoneRaw}',
        'la agencia de relevo {phoneRaw}, pregunten por fines de semana', 'el entrenador quiere que le llamen por lo del golpe, {phoneRaw}', 'cambié de telefno, el nuevo es {phoneRaw}',
        'si no llego llamen a mi padrino: {phoneRaw}', '{phone}, para lo del yeso, después de las 3',
      ],
    },
    FAX: {
      en: [
        'fax the PA for the suboxone to {faxRaw}', 'can i fax my redetermination paystubs to {faxRaw}? the upload keeps failing', 'athletic trainer fax for the physical: {faxRaw}',
        'funeral home fax {faxRaw}, attn records', 'biopsy path report to my PCP, fax {faxRaw}', 'return to work note to the warehouse HR fax {faxRaw}',
        'animal control wants the rabies vaccine record faxed to {faxRaw}', '{fax} (infusion pharmacy, new orders only)',
      ],
      es: [
        'manden la autorización de suboxone al fax {faxRaw}', 'los talones de pago para la renovación por fax al {faxRaw}?', 'fax de la funeraria {faxRaw}, atención archivo',
        'el resultado de patología a mi médico, fax {faxRaw}', 'la nota de regreso al trabajo al fax de recursos humanos {faxRaw}', '{fax} del control animal, para lo de la rabia',
      ],
    },
    EMAIL: {
      en: [
        'send the GFE and itemized bill to {email}, im disputing it', 'path report to {email} pls, i want to read it before the call', 'can the renewal notice go to {email} instead of paper',
        'respite schedule to {email} and my sister', 'sports physical form to {email}, coach needs it friday', 'funeral home asked that the records be emailed to {email}',
        'emial for the RPM reports: {email}', 'student health keeps emailing {email}, thats my old school account',
      ],
      es: [
        'manden el presupuesto de buena fe a {email}, voy a disputar la factura', 'el reporte de patología a {email} porfa', 'que el aviso de renovación llegue a {email} y no en papel',
        'el horario del relevo a {email}', 'corrreo para los reportes del monitoreo: {email}', 'la funeraria pide que manden el expediente a {email}',
      ],
    },
    URL: {
      en: [
        'obituary is up {url} if the hospice team wants to see', 'gofundme for the funeral {url}', 'video visit room {url} says waiting for host',
        'cannabis registry portal {url} wants my doctor to certify', 'rpm dashboard {url} shows no readings since sunday', 'renewal portal {url} times out on the income page',
      ],
      es: [
        'la esquela está en {url}', 'colecta para el funeral {url}', 'la sala de videoconsulta {url} dice esperando al anfitrión', 'el portal de renovación {url} se traba en la página de ingresos',
        'el tablero del monitoreo {url} no muestra lecturas',
      ],
    },
    IP_ADDRESS: {
      en: [
        'the cellular bp cuff hub shows {ip} then drops', 'hospital at home router {ip} keeps rebooting during video', 'renewal portal said too many attempts from {ip}',
        'cannabis registry locked me out, {ip}', 'someone logged into my recovery app from {ip}',
      ],
      es: [
        'el concentrador del baumanómetro marca {ip} y se desconecta', 'el router del hospital en casa {ip} se reinicia', 'el portal de renovación dice demasiados intentos desde {ip}',
        'alguien entró a mi app de recuperación desde {ip}',
      ],
    },
    SSN: {
      en: [
        'medicaid renewal asks for everyones social in the house, mine is {ssnRaw}', 'plasma center wanted my soical {ssnRaw} for the tax form', 'funeral home needs the decedents ss number, {ssnRaw}',
        'workers comp for the warehouse injury, claim is under {ssnRaw}', 'respite grant application: caregiver ssn {ssnRaw}', 'refugee health form asks ssn, we just got them: {ssnRaw}',
        'no social yet, ITIN {ssnRaw} ok for the sliding scale?',
      ],
      es: [
        'la renovación de medicaid pide el seguro social de todos, el mío es {ssnRaw}', 'el centro de plasma pidió mi seguor social {ssnRaw}', 'la funeraria necesita el seguro social del difunto, {ssnRaw}',
        'compensación por el accidente del almacén, con mi social {ssnRaw}', 'todavía no tengo social, el ITIN es {ssnRaw}',
      ],
    },
    MRN: {
      en: [
        'methadone clinic client number {mrnRaw}', 'dosing card says {mrnRaw}', 'DOT file {mrnRaw}, the nurse asked me to send it', 'student health id {mrnRaw}',
        'plasma donor number {mrnRaw}, my payment didnt load', 'hospital at home episode id {mrnRaw}', 'limb clinic chart {mrnRaw} for the new socket',
        'OTP patient id {mrnRaw}, requesting guest dosing while i travel', 'chart at the cast clinic {mrnRaw}', 'wristband from the lithotripsy center says {mrnRaw}',
      ],
      es: [
        'número de cliente de la clínica de metadona {mrnRaw}', 'la tarjeta de dosis dice {mrnRaw}', 'expediente del TAES {mrnRaw}', 'credencial de salud estudiantil {mrnRaw}',
        'número de donante del centro de plasma {mrnRaw}, no me cayó el pago', 'episodio de hospital en casa {mrnRaw}', 'expediente de la clínica de prótesis {mrnRaw}',
      ],
    },
    HEALTH_PLAN_ID: {
      en: [
        'medicaid client id {planRaw}, renewal letter says im over income', 'TRICARE DBN {planRaw}', 'dental plan subscriber {planRaw} for the wisdom teeth',
        'vision plan member {planRaw}, does it cover cataract lenses or is that medical', 'marketplace policy {planRaw}, the GFE says self pay??', 'ADAP enrollment {planRaw} for the PrEP',
        'secondary for the home infusion is {planRaw}', 'the orange card says {planRaw} under my name', 'athletic insurance through the school, {planRaw}',
        'PA denied under {planRaw}, appeal pls', 'insurence # {planRaw} for the knee brace',
      ],
      es: [
        'id de cliente de medicaid {planRaw}, dicen que gano de más', 'seguro dental {planRaw} para las muelas del juicio', 'plan de la vista {planRaw}, cubre los lentes de la catarata?',
        'póliza del marketplace {planRaw}, el presupuesto dice pago propio??', 'el secundario para la infusión es {planRaw}', 'la tarjeta naranja dice {planRaw} debajo de mi nombre',
        'medicad {planRaw} para la rodilla',
      ],
    },
    ACCOUNT_NUMBER: {
      en: [
        'HSA {acctRaw} for the vasectomy copay', 'payment arrangement on hospital billing acct {acctRaw}', 'funeral home wants the final bill tied to account {acctRaw}',
        'IHSS caregiver pay direct deposit to {acctRaw}', 'dispute is for patient acount {acctRaw}', 'refund the overpayment to checking {acctRaw}',
        'plasma payouts to my bank {acctRaw} instead of the card', 'which account is the GFE under? {acctRaw}',
      ],
      es: [
        'HSA {acctRaw} para el copago', 'plan de pagos en la cuenta del hospital {acctRaw}', 'el pago de la cuidadora al banco {acctRaw}', 'disputa de la cuenta del paciente {acctRaw}',
        'el reembolso a mi cuenta de cheques {acctRaw}', 'numero de cuetna {acctRaw} para lo del funeral',
      ],
    },
    LICENSE_NUMBER: {
      en: [
        'medical cannabis card {licRaw}, dispensary needs it on file', 'funeral director license {licRaw} on the records request', 'chiropractor license {licRaw} for the HSA receipt',
        'acupuncturist lic {licRaw}', 'ASL interpreter certification {licRaw}', 'green card # {licRaw} for the refugee health form',
        'forklift certification {licRaw}, my employer wants it on the injury report', 'the suboxone prescriber DEA {licRaw}, pharmacy says invalid', 'liscense {licRaw}, thats what the plasma center scanned',
      ],
      es: [
        'tarjeta de cannabis medicinal {licRaw}', 'licencia del director de la funeraria {licRaw}', 'cédula del quiropráctico {licRaw} para el recibo', 'tarjeta de residente {licRaw} para la forma de refugiados',
        'certificación de montacargas {licRaw}, la empresa la quiere en el reporte', 'licensia {licRaw}, eso escanearon en el centro de plasma',
      ],
    },
    NPI: {
      en: [
        'PA form needs the prescriber npi {npiRaw}', 'oral surgeon NPI {npiRaw} for the dental claim', 'infusion pharmacy npi {npiRaw}', 'cataract surgeon {npiRaw} is the one on the GFE?',
        'billing provider npi {npiRaw} doesnt match the ER doctor', 'chiro npi {npiRaw}',
      ],
      es: [
        'la autorización pide el npi del que receta {npiRaw}', 'NPI del cirujano maxilofacial {npiRaw}', 'npi de la farmacia de infusión {npiRaw}', 'el npi del proveedor que factura {npiRaw} no es el del doctor de urgencias',
      ],
    },
    VEHICLE_ID: {
      en: [
        'the car that hit me in the warehouse lot, plate {vehicleRaw}', 'hearse {vehicleRaw} will come to the back dock for pickup', "my son's car at college is {vehicleRaw}, for the student health parking permit",
        'ignition interlock on {vehicleRaw}, the program needs proof', 'the dog was in a pickup {vehicleRaw} when it bit me', 'tow truck took {vehicleRaw} from the plasma center lot',
      ],
      es: [
        'el carro que me pegó en el estacionamiento del almacén, {vehicleRaw}', 'la carroza {vehicleRaw} entra por el andén de atrás', 'el perro iba en una troca {vehicleRaw} cuando me mordió',
        'la grúa se llevó {vehicleRaw} del centro de plasma',
      ],
    },
    DEVICE_ID: {
      en: [
        'CADD pump serial {deviceRaw}, occlusion alarm at 3am', 'CPM machine {deviceRaw} needs to go back', 'bone stimulator {deviceRaw} light stays red', 'cellular bp cuff {deviceRaw} not syncing',
        'the scale they sent {deviceRaw} reads 10 lb heavy', 'hospital at home tablet {deviceRaw}', 'breathalyzer for the program, device {deviceRaw}', 'knee implant card says {deviceRaw}',
      ],
      es: [
        'bomba de infusión {deviceRaw}, alarma de oclusión', 'la máquina de movimiento {deviceRaw}, ya que se la lleven', 'el estimulador de hueso {deviceRaw} se queda en rojo',
        'el baumanómetro celular {deviceRaw} no sincroniza', 'la tarjeta del implante de rodilla dice {deviceRaw}',
      ],
    },
    CREDIT_CARD: {
      en: [
        'put the vet bill AND my copay on {cardRaw}', 'ill pay the disputed part later, the rest on {cardRaw}', 'cash pay for the vasectomy, {cardRaw}', 'cannabis card renewal fee on {cardRaw}',
        'cremation deposit on {cardRaw}', 'the sports physical is $25, {cardRaw}', 'autopay for the payment arrangement: {cardRaw}',
      ],
      es: [
        'cárguen la veterinaria y mi copago a {cardRaw}', 'la vasectomía la pago yo, {cardRaw}', 'el anticipo de la cremación con {cardRaw}', 'la parte no disputada con {cardRaw}',
        'el examen deportivo cuesta $300 pesos, {cardRaw}',
      ],
    },
    IBAN: {
      en: [
        'refund the plasma bonus to {ibanRaw}, i moved home', 'my brother overseas is paying for the funeral, {ibanRaw}', 'cataract surgery deposit from {ibanRaw}',
        'travel nurse here, my bank is abroad: {ibanRaw}', 'overpayment refund to {ibanRaw} please, not a check',
      ],
      es: [
        'el reembolso del plasma a {ibanRaw}', 'mi hermano desde fuera paga el funeral, {ibanRaw}', 'el depósito de la cirugía desde {ibanRaw}', 'devuelvan el pago doble a {ibanRaw}, no en cheque',
      ],
    },
  },
  idFrames: {
    en: [
      'the PA form, box 12: {X}', 'renewal caseworker asked for {X}', 'methadone intake sheet wants {X}', 'funeral home asked for {X} to release records', 'for the GFE dispute: {X}',
      'sports physical packet, page 2: {X}', 'plasma center kiosk asks {X} every time', 'respite agency needs {X} before they start', 'warehouse nurse wrote down {X}',
      'hospital at home paramedic read back {X}', '{X} ^^ thats the one', 'is it {X} or did i mistype', 'IMPORTANT {X}', 'copying from the back of the card... {X}', 'sent from my phone: {X}',
    ],
    es: [
      'la forma de autorización, casilla 12: {X}', 'la trabajadora de la renovación me pidió {X}', 'la hoja de ingreso de metadona pide {X}', 'la funeraria pidió {X} para soltar el expediente',
      'para la disputa del presupuesto: {X}', 'el kiosco del centro de plasma pide {X} cada vez', 'la agencia de relevo necesita {X} antes de empezar', 'la enfermera del almacén anotó {X}',
      '{X} ^^ ese es', 'es {X} o lo escribí mal?', 'IMPORTANTE {X}', 'copiando de atrás de la tarjeta... {X}',
    ],
  },
  mixed: {
    en: [
      'methadone intake: {name}, {dob}, {plan}, emergency contact {relative} {phoneRaw}', 'CPM delivery for {name} to {address}, serial {deviceRaw}, call {phoneRaw}',
      'home infusion: {name} {mrn}, PICC placed {date}, pharmacy npi {npiRaw}', 'cast clinic - {name}, {dob}, fax the note to school {faxRaw}', 'biopsy result call for {name} at {phoneRaw} or email {email}',
      'medicaid renewal: {name}, {ssn}, {plan}, new address {address}', 'GFE dispute for {name}, acct {acctRaw}, billing provider {npi}, email {email}',
      'records for decedent {name} ({ageRaw}), date of death {date}, to the funeral home fax {faxRaw}', 'respite: {name} ({ageRaw}) at {address}, daughter {first} {phoneRaw}',
      'dog bite: {name}, bitten {date} at {address}, dog owner phone {phoneRaw}', 'TB DOT: {name}, DOT file {mrnRaw}, meets nurse at {address}', 'plasma donor {name}, donor number {mrnRaw}, {dobRaw}, {licRaw} on the scan',
      'warehouse injury: {name}, {dob}, forklift certification {licRaw}, supervisor {first}, HR fax {faxRaw}', 'sports physical: {name}, {dob}, parent {relative}, {email}, {phone}',
      'hospital at home: {name}, {address}, tablet {deviceRaw}, router {ip}', 'funeral payment for {name}: {cardRaw} or wire from {ibanRaw}', 'PrEP: {name} {dobRaw} ADAP {planRaw} pharmacy link {url}',
      'hi its {name} my cast clinic chart is {mrnRaw} and i moved to {city} can u send the xray there thx',
    ],
    es: [
      'ingreso a metadona: {name}, {dob}, {plan}, contacto {relative} {phoneRaw}', 'entrega de la máquina para {name} en {address}, llamar al {phoneRaw}', 'infusión en casa: {name} {mrn}, PICC desde el {date}',
      'renovación de medicaid: {name}, {ssn}, {plan}, nuevo domicilio {address}', 'disputa del presupuesto de {name}, cuenta {acctRaw}, correo {email}',
      'expediente del difunto {name} ({ageRaw}), fecha de defunción {date}, fax de la funeraria {faxRaw}', 'relevo: {name} ({ageRaw}) en {address}, su hija {first} {phoneRaw}',
      'mordida de perro: {name}, el {date} en {address}, dueño del perro {phoneRaw}', 'TAES: {name}, expediente {mrnRaw}, la enfermera la ve en {address}',
      'accidente en el almacén: {name}, {dob}, supervisor {first}, fax {faxRaw}', 'hola, soy {name}, my CADD pump {deviceRaw} keeps beeping, llámenme al {phoneRaw}',
      'pago del funeral de {name}: {cardRaw} o transferencia desde {ibanRaw}', 'examen deportivo: {name}, {dob}, {relative}, {email}',
    ],
  },
  negatives: {
    en: [
      ['word', 'will the cast get itchy under there'], ['word', 'grant me patience, the PA got denied again'], ['word', 'the grant for respite care ran out?'],
      ['word', 'skip a dose of methadone if i feel too sleepy?'], ['word', 'max dose of ibuprofen after wisdom teeth'], ['word', 'peg tube or not, the hospital at home team is asking'],
      ['word', 'steel rod in my leg from the fracture, will the airport metal detector go off'], ['word', 'the ward was so loud, hospital at home is way better'], ['word', 'clay colored stool on the IV antibiotics, should i call'],
      ['word', 'a plain burger patty the night after the lithotripsy ok?'], ['word', 'cooking sherry in the sauce, does that break my sobriety'], ['word', 'chuck roast in the crockpot, can dad chew it with the new dentures'],
      ['word', 'christmas carols at the adult day program made mom cry happy tears'], ['word', 'what candy for a low at practice'], ['word', 'brandy in the eggnog and i have 90 days clean, no thanks'],
      ['word', 'misty eyes after the cataract surgery, normal?'], ['word', 'dusty warehouse air, asthma is worse on night shift'], ['word', 'slid down a small cliff hiking and the cast cracked'],
      ['word', 'the guy at the plasma center said i can go twice a week'], ['word', 'is it the norm to wait 3 weeks for biopsy results'], ['word', 'will the needle pierce the skin twice for the rabies shot?'],
      ['word', 'deer hunter season, can i shoot with the cast on'], ['word', 'mason jar ok for the 24 hour urine?'], ['word', 'kitty litter makes my allergies go crazy, more shots?'],
      ['word', 'daisy chain of extension cords for the hospital at home equipment, safe?'], ['word', 'violet bruise all around the PICC'], ['word', 'cost me a buck fifty at the vending machine, the plasma center should have snacks'],
      ['word', 'when i bob my head the room spins since the concussion'], ['word', 'the reed on my clarinet, can i play after oral surgery'], ['word', 'bud light at the funeral reception, im on antibiotics'],
      ['word', 'earl grey instead of coffee for the concussion headaches?'], ['word', 'rocky road ice cream after the extraction, or no chunks'], ['word', 'sloppy joe for lunch at the adult day program again'],
      ['word', 'eggs benedict the day after the vasectomy lol'], ['word', 'granny smith apples too hard with the temporary crown?'], ['word', 'shirley temple at the wedding, 6 months sober, proud'],
      ['word', 'arnold palmer has caffeine right? cutting back for the headaches'], ['word', 'reuben sandwich is salty, the RPM nurse will see my weight jump'], ['word', 'graham crackers and peanut butter before dosing?'],
      ['word', 'caesar dressing has raw egg, ok while on the IV antibiotics?'], ['word', 'tommy john surgery, is that only for pitchers'], ['word', 'dr scholls inserts inside the walking boot?'],
      ['word', 'will do!'], ['word', 'ok that works, ty'], ['word', 'thank u so much'], ['word', 'nvm found it'], ['word', 'how long do biopsy results take'], ['word', 'can i shower with the PICC'],
      ['word', 'what do i bring to the medicaid interview'], ['word', 'does the methadone clinic do take homes on holidays'], ['word', 'how do i dispute a bill'], ['word', 'do i need a referral for the chiropractor'],
      ['word', 'CAN SOMEONE CALL ME BACK ABOUT THE CAST'], ['word', 'is there a spanish interpreter on saturdays'],
      ['eponym', 'is it a colles fracture or a boxers fracture, the xray report says both'], ['eponym', 'jones fracture, cast or boot?'], ['eponym', 'bakers cyst behind the new knee?'],
      ['eponym', 'osgood schlatter, can he still pass the sports physical'], ['eponym', 'bells palsy after the dental shot??'], ['eponym', 'mohs vs excision for a small bcc'],
      ['eponym', 'foley came out, burning when i pee'], ['eponym', 'the heimlich saved my dad at the adult day lunch'], ['eponym', 'parkinsons and the respite program, do they take that'],
      ['month', 'may i bring my service dog to the infusion visits'], ['month', 'mayo on the sandwich after the extraction, soft enough?'], ['month', 'april showers season, do the allergy shots help with that'],
      ['month', 'june bugs everywhere at the ballfield, am i allergic'], ['month', 'march straight to urgent care if the bite gets red?'],
      ['weekday', 'ash wednesday mass, can i fast with the PICC'], ['weekday', 'fat tuesday king cake, how much sugar'], ['weekday', 'sunday roast after the vasectomy, can i sit that long'],
      ['weekday', 'good friday the clinic is closed?'], ['weekday', 'is dosing open {weekday}'], ['weekday', 'monday to friday only for DOT?'], ['weekday', 'saturday night live did a skit about plasma donors lol'],
      ['city', 'napa cabbage on the low sodium diet'], ['city', 'vidalia onions give me heartburn since the knee meds'], ['city', 'kansas city ribs too chewy with the new crown?'],
      ['city', 'philadelphia cream cheese on a bagel before the biopsy'], ['city', 'swedish meatballs at the adult day program'], ['city', 'belgian waffles with the plasma center coupon'],
      ['city', 'a danish the morning of the sports physical'], ['city', 'hamburger and fries, worst thing for kidney stones?'], ['city', 'frankfurters are high sodium right, the RPM scale yelled at me'],
      ['city', 'bologna sandwich for dads respite lunch'], ['city', 'black forest ham on the low oxalate diet?'], ['city', 'neapolitan ice cream after the wisdom teeth'],
      ['city', 'cheddar cheese and crackers with the methadone?'], ['city', 'brazil nuts and kidney stones?'], ['city', 'jordan almonds at the funeral reception'],
      ['city', 'darjeeling tea ok with the TB pills?'], ['city', 'ceylon cinnamon on oatmeal for the sugar'], ['city', 'cornish hen for thanksgiving, can i eat the skin'],
      ['city', "champagne toast at the wedding, i'm on antibiotics"], ['city', 'bartlett pears too hard for the new dentures'], ['city', 'walla walla onions raw, dry socket risk?'],
      ['city', 'nashville hot chicken after lithotripsy?'], ['city', 'cincinnati chili upset my stomach on the TB meds'],
      ['state', 'moving to {state}, will my methadone transfer'], ['state', 'is the medicaid renewal different in {state}'], ['state', 'cannabis card from {state} good here?'], ['state', 'virginia ham too salty for the RPM scale?'],
      ['drug', 'charlotte 24 fe or aurovela, which is cheaper'], ['drug', 'is leena the same as aranelle'], ['drug', 'liletta removal, does it hurt'], ['drug', 'orilissa for endometriosis, menopause clinic said maybe'],
      ['drug', 'annovera ring, how many months'], ['drug', 'briellyn and philith, same pill?'], ['drug', 'tessalon pearls for the cough from the TB meds?'], ['drug', 'maxalt for the concussion headaches?'],
      ['drug', 'celestone shot in the knee?'], ['drug', 'lucemyra for withdrawal, is it covered'], ['drug', 'addyi, does the menopause clinic prescribe it'], ['drug', 'sublocade or vivitrol, which one is monthly'],
      ['drug', 'jaimiess ran out, pharmacy gave me something else'], ['drug', 'enskyce, cryselle or levora, what did i have before'], ['drug', 'dasetta and pirmella, any difference'], ['drug', 'clarinex or claritin before the allergy shot'],
      ['cpt', '27447 total knee, is that the surgeon or the hospital bill'], ['cpt', '97161 PT eval billed twice'], ['cpt', '29425 short leg walking cast'], ['cpt', '25600 wrist fracture closed treatment'],
      ['cpt', '95117 on every allergy shot visit'], ['cpt', '11102 and 11104, why two biopsy codes'], ['cpt', '88305 path fee separate?'], ['cpt', '66984 cataract, both eyes billed the same day?'],
      ['cpt', '90675 rabies vaccine x4 plus 90375'], ['cpt', '86580 for the ppd, or 86480 quantiferon'], ['cpt', '87491 and 87591, the STI panel'], ['cpt', '99453 and 99454 for the bp cuff setup'],
      ['cpt', '55250 vasectomy self pay price?'], ['cpt', '50590 lithotripsy'], ['cpt', '98941 chiro 3-4 regions'], ['cpt', '97810 acupuncture first 15 min'], ['cpt', '99408 screening at intake?'],
      ['cpt', '{cpt} on the good faith estimate'],
      ['hcpcs', 'D7240 impacted wisdom tooth x4'], ['hcpcs', 'D9243 IV sedation 45 min'], ['hcpcs', 'S9500 home infusion per diem'], ['hcpcs', 'J3370 vancomycin 500 mg units'],
      ['hcpcs', 'E0935 CPM rental per day'], ['hcpcs', 'E0747 bone stimulator denied'], ['hcpcs', 'L1830 knee immobilizer'], ['hcpcs', 'E0114 crutches charged $80??'],
      ['hcpcs', 'H0020 methadone administration'], ['hcpcs', 'Q9991 sublocade monthly'], ['hcpcs', 'J2315 vivitrol'], ['hcpcs', 'J0739 the PrEP shot every 2 months'], ['hcpcs', 'L5301 below knee prosthesis'],
      ['icd', 'Z96.651 after the knee replacement'], ['icd', 'M17.11 right knee OA'], ['icd', 'S52.501A radius fracture initial'], ['icd', 'K01.1 impacted teeth'], ['icd', 'D22.5 mole on my back'],
      ['icd', 'H25.11 right eye cataract'], ['icd', 'W54.0XXA bitten by dog'], ['icd', 'Z20.3 rabies exposure'], ['icd', 'F11.20 on my intake paperwork'], ['icd', 'R76.11 positive ppd'],
      ['icd', 'Z11.3 STI screen'], ['icd', 'Z30.2 for the vasectomy'], ['icd', 'N20.0 kidney stone'], ['icd', 'S06.0X0A concussion without LOC'], ['icd', 'Z02.5 sports physical'],
      ['icd', 'S39.012A back strain at work'], ['icd', 'Z63.6 caregiver stress for respite'], ['icd', 'R78.71 lead level'], ['icd', 'Z59.7 on the medicaid paperwork?'], ['icd', '{icd} on the itemized bill'],
      ['ndc', 'naloxone {ndc}, is the generic the same'], ['ndc', 'the ertapenem bag says {ndc}'],
      ['lot', 'rabies vaccine lot R3K882 on my card'], ['lot', 'allergy vial lot 2406-17, new vial new reaction?'], ['lot', 'cast tape lot 51129 smells weird'], ['lot', 'knee implant lot 7790412, recall?'],
      ['lot', 'plasma bottle lot 44A19'],
      ['room', 'dosing window 3 is always the slowest'], ['room', 'chair 12 at the plasma center'], ['room', 'dock door 14 where i got hurt'], ['room', 'aisle 22, top shelf, thats where the box fell'],
      ['room', 'exam room 6 at the cast clinic'], ['room', 'plot 14, section B at the cemetery'], ['room', 'forklift 7 has bad brakes'], ['room', 'locker 118 at the warehouse'],
      ['code', 'OSHA 300 log, do they have to list my injury'], ['code', 'form 301 filled out by my supervisor'], ['code', 'payer id 87726 on the claim, is that right'],
      ['code', 'NPI lookup says taxonomy 207X00000X'], ['code', 'claim line 3 of 7 denied'], ['code', 'sliding scale tier B'], ['code', 'gate code 4471#'],
      ['price', 'good faith estimate said $2,300 and the bill is $6,100'], ['price', 'vasectomy {price} cash'], ['price', 'plasma pays $50 first visit, $100 the fifth'], ['price', 'casket {price}, is that normal'],
      ['price', 'CPM rental {price} a day??'], ['price', 'respite voucher is $500 a year'], ['price', 'the funeral home wants $25 per death certificate copy'],
      ['dose', 'suboxone 8/2 film twice a day'], ['dose', 'methadone 80 mg, up 5 every 3 days'], ['dose', 'zubsolv 5.7/1.4'], ['dose', 'ertapenem 1 g q24h'], ['dose', 'vanc 1250 mg q12h'],
      ['dose', 'ceftriaxone 2 g daily through the PICC'], ['dose', 'isoniazid 300 mg and B6 25 mg'], ['dose', 'rifapentine 900 mg weekly x 12'], ['dose', 'allergy shot 0.35 ml of vial 3'],
      ['dose', 'tylenol 3 every 4-6 hrs after the extraction'], ['dose', 'estradiol patch 0.05 twice a week'], ['dose', 'tamsulosin 0.4 to pass the stone'], ['dose', '{dose} of the naltrexone'],
      ['ratio', 'vial 1:100 then 1:10 then full strength'], ['ratio', 'cost share 80/20 after deductible'], ['ratio', 'IOP 16/18 after the cataract'], ['ratio', '{ratio} split with the secondary?'],
      ['lab', 'vanc trough 15.2'], ['lab', 'CRP 8.7, ESR 42'], ['lab', 'PPD 12 mm, positive?'], ['lab', 'blood lead 7, is that high for a 1 year old'], ['lab', 'viral load undetectable, CD4 650'],
      ['lab', 'UDS positive for fentanyl but i didnt use'], ['lab', 'COWS 14 at intake'], ['lab', 'protein 6.8 and hematocrit 41, deferred?'], ['lab', '{lab} before the infusion'],
      ['vitals', 'knee flexion 95, extension -5'], ['vitals', 'Breslow 0.4 mm, margins clear'], ['vitals', 'stone 7 mm in the left ureter'], ['vitals', 'SCAT5 symptom score 22'],
      ['vitals', 'vision 20/25 after surgery'], ['vitals', 'wheal 8 mm at the shot site'], ['vitals', 'weight up 3 lb in 2 days'], ['bp', '{bp} on the cellular cuff'],
      ['time', 'dosing hours 5:30 to 11 am'], ['time', 'plasma center closes at 7:30pm'], ['time', 'infusion takes 90 minutes, starts at {time}'], ['time', 'DOT at {time} before work'],
      ['time', 'mile time 7:30 for the sports physical?'], ['time', 'first shift 6a-2:30p'],
      ['duration', '90 day supply of the PrEP?'], ['duration', 'cast for 6 weeks then a boot'], ['duration', '{duration} clean as of today'], ['duration', 'shots every week for {duration} then monthly'],
      ['duration', '4 months of isoniazid or 3 months of weekly'], ['duration', '21 days of respite per year'],
      ['count', '12 certified copies of the death certificate'], ['count', 'household of 4 on the renewal'], ['count', '36 PT visits approved'], ['count', 'donated {count} times this year'], ['count', '4 shots over 2 weeks for rabies'],
      ['year', 'in recovery since {year}'], ['year', 'knee replaced in {year}, now the other one'], ['agelow', 'my son is {agelow}, does he need the sports physical every year'], ['agelow', 'can a {agelow} year old donate plasma'],
      ['version', 'recovery app {version} logs me out'], ['version', 'rpm app {version} crashes'], ['planname', '{planname} covers the CPM?'], ['order', 'the CPM {order} still not here'],
      ['ticket', 'dispute {ticket} still open'], ['tracking', 'infusion supplies {tracking} at the depot'], ['invoice', '{invoice} from the funeral home'], ['confirmation', 'renewal submitted, {confirmation}'],
      ['pet', 'my dog Bella needs rabies shots too, do you do pets lol'], ['pet', 'Max the cat scratched me, rabies risk?'], ['pet', 'our lab Charlie ate my dads tramadol, poison control or the vet'],
      ['pet', 'Luna (the dog) bit the mailman, not me'], ['pet', 'rocky the parrot bit my finger, tetanus?'], ['pet', 'Buddy gets his heartworm pill the same day as my PrEP lol'],
    ],
    es: [
      ['word', 'le echo sal a la comida con la presión así?'], ['word', 'la luz del mar me molesta después de la catarata'], ['word', 'gloria a dios salió benigna la biopsia'],
      ['word', 'mi ángel de la guarda me cuidó en la caída del almacén'], ['word', 'tacos al pastor después de la extracción?'], ['word', 'el pastor de la iglesia quiere visitar a mi papá en el hospital en casa'],
      ['word', 'agua pura nada más antes de la litotricia?'], ['word', 'qué linda la enfermera del centro de día, díganle gracias'], ['word', 'ando con mucho olvido desde el golpe en la cabeza'],
      ['word', 'la concepción ya no es posible después de la vasectomía, verdad?'], ['word', 'la salud de mi mamá mejoró con el relevo'], ['word', 'el cándido de mi hermano firmó sin leer el presupuesto'],
      ['word', 'fortuna que no se rompió el hueso del todo'], ['word', 'ventura la nuestra, el perro estaba vacunado'], ['word', 'jesús, cuánto cuesta el ataúd'],
      ['word', 'chocolate abuelita después de la extracción?'], ['word', 'leche lala o deslactosada con la metadona?'], ['word', 'ensalada césar en el hospital en casa'],
      ['word', 'galletas maría para la baja de azúcar en el entrenamiento'], ['word', 'salsa valentina con la dieta de la piedra del riñón?'], ['word', 'va que va'], ['word', 'listo, mil gracias'],
      ['word', 'cuánto tardan los resultados de la biopsia?'], ['word', 'me puedo bañar con el PICC?'], ['word', 'qué llevo a la entrevista de medicaid?'], ['word', 'ALGUIEN ME PUEDE LLAMAR POR LO DEL YESO'],
      ['eponym', 'es fractura de colles o de boxeador?'], ['eponym', 'quiste de baker atrás de la rodilla nueva?'], ['eponym', 'parálisis de bell después de la anestesia del dentista??'], ['eponym', 'me quitaron la sonda foley y arde'],
      ['month', 'hizo su agosto la funeraria con nosotros'], ['month', 'un sándwich con mayo después de la extracción?'],
      ['weekday', 'el domingo de ramos no hay dosis?'], ['weekday', 'viernes santo cierran?'], ['weekday', 'semana santa abren la clínica de metadona?'], ['weekday', 'los lunes hay mucha fila en el plasma'],
      ['weekday', 'abren el {weekday} para el TAES?'],
      ['city', 'queso de burgos en la dieta baja en sal'], ['city', 'pimientos de padrón, pican?'], ['city', 'tortilla española en la comida del centro de día'], ['city', 'turrón de jijona con los dientes nuevos'],
      ['city', 'paella valenciana después de la vasectomía'], ['city', 'crema catalana después de la extracción, suave'], ['city', 'gazpacho andaluz ayuda con la piedra?'], ['city', 'un tehuacán para el estómago revuelto'],
      ['city', 'vino de rioja con los antibióticos?'], ['city', 'fabada asturiana, mucha purina para las piedras?'], ['city', 'cajeta de celaya para la fiesta del centro de día'],
      ['state', 'nos mudamos de {state}, se transfiere la metadona?'], ['state', 'la tarjeta de cannabis de {state} sirve aquí?'], ['state', 'queso chihuahua en la dieta baja en sal?'],
      ['drug', 'charlotte 24 fe o aurovela, cuál es más barata'], ['drug', 'leena es lo mismo que aranelle?'], ['drug', 'orilissa para la endometriosis?'], ['drug', 'maxalt para los dolores del golpe?'],
      ['drug', 'lucemyra para la abstinencia, lo cubre el seguro?'], ['drug', 'sublocade o vivitrol, cuál es mensual'], ['drug', 'celestone en la rodilla?'],
      ['cpt', '27447 prótesis total de rodilla, es el cirujano o el hospital'], ['cpt', '29425 yeso de pierna corta'], ['cpt', '95117 en cada visita de vacunas'], ['cpt', '11102 y 11104, por qué dos códigos de biopsia'],
      ['cpt', '66984 catarata'], ['cpt', '90675 vacuna de rabia x4'], ['cpt', '86580 el PPD'], ['cpt', '55250 vasectomía sin seguro, cuánto?'], ['cpt', '{cpt} en el presupuesto'],
      ['hcpcs', 'D7240 muela impactada x4'], ['hcpcs', 'E0935 renta de la máquina por día'], ['hcpcs', 'H0020 administración de metadona'], ['hcpcs', 'J0739 la inyección de PrEP cada 2 meses'],
      ['icd', 'Z96.651 después de la prótesis'], ['icd', 'S52.501A fractura de radio'], ['icd', 'K01.1 muelas impactadas'], ['icd', 'W54.0XXA mordedura de perro'], ['icd', 'F11.20 en mis papeles de ingreso'],
      ['icd', 'R76.11 PPD positivo'], ['icd', 'N20.0 piedra en el riñón'], ['icd', 'Z02.5 examen deportivo'], ['icd', '{icd} en la factura detallada'],
      ['ndc', 'naloxona {ndc}, la genérica es igual?'], ['lot', 'lote de la vacuna de rabia R3K882'], ['lot', 'lote del vial de alergia 2406-17'],
      ['room', 'la ventanilla 3 de dosis siempre tarda'], ['room', 'sillón 12 del centro de plasma'], ['room', 'andén 14, donde me lastimé'], ['room', 'pasillo 22, repisa de arriba'],
      ['room', 'lote 14, sección B del panteón'], ['room', 'el montacargas 7 no tiene frenos'],
      ['price', 'el presupuesto de buena fe decía $2,300 y cobraron $6,100'], ['price', 'la vasectomía {price} en efectivo'], ['price', 'el plasma paga {price} la primera vez'], ['price', 'el ataúd {price}, es normal?'],
      ['price', 'la funeraria cobra $25 por cada copia del acta'],
      ['dose', 'suboxone 8/2 dos veces al día'], ['dose', 'metadona 80 mg, subir 5 cada 3 días'], ['dose', 'ertapenem 1 g cada 24 h'], ['dose', 'isoniazida 300 mg y B6 25 mg'],
      ['dose', 'tamsulosina 0.4 para sacar la piedra'], ['dose', '{dose} de naltrexona'],
      ['ratio', 'vial 1:100 luego 1:10'], ['ratio', '80/20 después del deducible'], ['ratio', 'PIO 16/18 después de la catarata'],
      ['lab', 'nivel de vancomicina 15.2'], ['lab', 'PPD de 12 mm, es positivo?'], ['lab', 'plomo en sangre 7, es alto para un bebé de 1 año?'], ['lab', 'carga viral indetectable, CD4 650'],
      ['lab', 'antidoping positivo a fentanilo pero no consumí'], ['lab', 'proteína 6.8 y hematocrito 41, me rechazaron?'], ['lab', '{lab} antes de la infusión'],
      ['vitals', 'flexión de rodilla 95, extensión -5'], ['vitals', 'piedra de 7 mm en el uréter'], ['bp', '{bp} en el baumanómetro'],
      ['time', 'horario de dosis de 5:30 a 11'], ['time', 'el plasma cierra a las 19:30'], ['time', 'TAES a las {time} antes del trabajo'],
      ['duration', 'surtido de 90 días de PrEP?'], ['duration', 'yeso por 6 semanas y luego bota'], ['duration', '{duration} limpio hoy'],
      ['count', '12 copias certificadas del acta de defunción'], ['count', 'hogar de 4 en la renovación'], ['count', 'doné {count} veces este año'],
      ['year', 'en recuperación desde {year}'], ['agelow', 'mi hijo tiene {agelow}, necesita examen deportivo cada año?'], ['agelow', 'puede donar plasma alguien de {agelow}?'],
      ['version', 'la app de recuperación {version} me saca'], ['planname', 'el {planname} cubre la máquina?'], ['order', 'el {order} de la máquina no llega'], ['ticket', 'la disputa {ticket} sigue abierta'],
      ['tracking', 'los insumos {tracking} en la paquetería'], ['invoice', 'la {invoice} de la funeraria'], ['confirmation', 'renovación enviada, {confirmation}'],
      ['pet', 'mi perro Rocky también necesita vacuna de rabia jaja'], ['pet', 'la gata Luna me rasguñó, hay riesgo?'], ['pet', 'Toby se comió el tramadol de mi papá'], ['pet', 'mi perrita se llama Bella y está bien linda'],
    ],
  },
  tails: {
    en: [' (suboxone 8/2 btw)', ', knee flexion 95 today', ' - CPT 27447 on the bill', ', PPD was 12 mm', ' and the GFE said $2,300', ' (chair 12)', ', dosing window closes at 11', ' ({ndc})', ' - Z02.5 on the form', ', cast for 6 weeks', ' btw vanc trough 15.2'],
    es: [' (suboxone 8/2 por cierto)', ', flexión de 95 hoy', ' - 27447 en la cuenta', ', el PPD salió de 12 mm', ' y el presupuesto decía $2,300', ' (sillón 12)', ' ({ndc})', ', yeso por 6 semanas'],
  },
  greetings: {
    en: ['Morning all, ', 'yo ', 'Hi again, ', 'Apologies for the late msg, ', 'Hello team - ', 'Afternoon folks, ', 'hiya '],
    es: ['Buen día a todas y todos, ', 'Qué onda, ', 'Otra vez yo, ', 'Perdón la hora, ', 'Saludos, ', 'Buenas tardes equipo, ', 'Holi '],
  },
};
