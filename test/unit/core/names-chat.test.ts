/**
 * Names in chat phrasings, and the chat words around them that are not names: things after "with" /
 * "con", typos after a greeting, medicines that are also given names, two unknown words at the
 * start of a message in lower case.
 */
import { detect } from '../../../src/core/engine';

function persons(text: string): string[] {
  return detect(text).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));
}

describe('names in chat phrasings', () => {
  test.each<[string, string]>([
    ['hi its celestine again, about my refill', 'celestine'],
    ['hey its Joy again', 'Joy'],
    ['llevo 3 semanas con Marisol en el hospital', 'Marisol'],
    ['i spoke with maria lopez yesterday', 'maria lopez'],
    ['Hi Kaylee, thanks', 'Kaylee'],
    ['sorry kathleen i missed your call', 'kathleen'],
    ['doc ward fax 5502773575', 'ward'],
    ['can someone tell the nurse faith the rash is back', 'faith'],
    ['Kieran Prosacco 14-Jul-2011', 'Kieran Prosacco'],
    ['le escribe Jimena Carbajal Barrios', 'Jimena Carbajal Barrios'],
    ['cambien el nombre a Patricio Velasco Escalante porfa', 'Patricio Velasco Escalante'],
    ['June Dare\n12353 w high street suite 668', 'June Dare'],
    ['Name: axel graham / DOB: July 28 2023', 'axel graham'],
    ['billing: Terrill Cronin, card ending 4254', 'Terrill Cronin'],
    ['Rico from billing called me yesterday', 'Rico'],
    ['clemente de cobranza me habló ayer', 'clemente'],
    ['kody king (patient) asking about results', 'kody king'],
    ['caller Cheyanne G. Lind, callback 680.203.7291', 'Cheyanne G. Lind'],
    ['Morning! I am Olaf Reynolds, my ssn is on file', 'Olaf Reynolds'],
    ['dr. amely bailey npi# 1238349173', 'amely bailey'],
    ['will mervin be there tmrw', 'mervin'],
    ['lacey lang medical record number 00431195', 'lacey lang'],
    ['sign me up - Destiny R.', 'Destiny R.'],
    ["is kacie's appointment still on?", 'kacie'],
    ['soy la mamá de Emiliano, el paciente de la cama 4', 'Emiliano'],
    ['um hi pt: rose kuphal, dob 17th of April', 'rose kuphal'],
    ['patient Noemi Mann born Jun 1929 lives in Beaverton', 'Noemi Mann'],
    ['my name is Ana May Lopez', 'Ana May Lopez'],
    ['Home health aide Precious comes on Tuesdays', 'Precious'],
    ['my caseworker latoya gave me this number', 'latoya'],
    ['díganle a susana que gracias por la visita', 'susana'],
    ['pharmacy tech kiel said to message the office', 'kiel'],
    ['hello refund to iban for will quitzon', 'will quitzon'],
    ['best,\nRoma', 'Roma'],
    ['oye marcela soy alberto pedraza zamarreno, mi social', 'marcela'],
    ['oye marcela soy alberto pedraza zamarreno, mi social', 'alberto pedraza zamarreno'],
    ['is this gerry or a bot lol', 'gerry'],
    ['can trevor from the lab call me back', 'trevor'],
    ['residente maricarmen badillo rentería, 96 años', 'maricarmen badillo rentería'],
    ['mi pana sancho me dijo que atienden', 'sancho'],
    ['soy luz, dirección nueva', 'luz'],
    ['hi insurance says the subscriber is magnus bechtelar not me', 'magnus bechtelar'],
    ['oiga, el de la farmacia, uriel, me dijo que les escribiera', 'uriel'],
    ['can Grace call me back?', 'Grace'],
    ['the lady at the desk, King i think, was rude', 'King'],
    ['la muchacha de recepción, Pilar creo, fue amable', 'Pilar'],
    ['u guys told my grandma dolores the wrong time', 'dolores'],
    ['SALUDOS ANDO CON MI HIJA AMPARO EN EMERGENCIAS', 'AMPARO'],
    ['fiona graham Jan 26 +1 (681) 898-4497', 'fiona graham'],
    ['Demond Pouros - Patient ID: 9110053', 'Demond Pouros'],
    ['pls change the name on file to vada ward, I got married', 'vada ward'],
    ['Ester Navarro Olivares\nCalle Mariana Martínez Delrío No. 1974', 'Ester Navarro Olivares'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  test.each<string>([
    'llevo 3 semanas con antibiótico y nada',
    'dad 97 years old with dementia, who do i call',
    'can i take allegra with lyrica?',
    'Can I take Allegra with Lyrica?',
    'hi aagin biopsy 3/24 no call back yet',
    'HI AGIAN DOCTOR SAID TO MARK DOWN EVERY HEADACHE',
    'saludos holaa soy de la clinica',
    'cpap mask tracking 677648339232 stuck in transit',
    'Good evening, EMR # 00019593',
    'the dr will call you back',
    'sorry i missed your call',
    'Blood Sugar 140 this morning',
    'the lady from billing called me',
    'hii Re: my file',
    'hii LDL 164 last month, TSH 7.9',
    "it's fine, thanks",
    'I am Very Tired',
    'my mom rose early today',
    'my mom will call you',
    'oye mija, aquí va el link',
    'ok so i live in TX but the clinic is across the line',
    'tell me more about the plan',
    'thanks,\nsee you monday',
    'best,\nthe billing team',
    'is this covered?',
    'the results from the lab came back',
    'the patient is stable now',
    'ok, thanks, said the doctor',
    'does bill need to be paid today?',
    'is may available for the appointment?',
    'ok, so i think it is fine',
    'Jordan Valley Medical Center is the one I go to',
    'Mercy General said they faxed it',
    'I saw the doctor at St. Joseph\'s',
    'Easter Sunday I had chest pain',
    "Parkinson's runs in my family",
    "mark's on the form are wrong",
    'Virgen de Guadalupe bendiga a los doctores',
    'es la mamá de mi amigo',
    'buenas mi amor, aquí va mi tarjeta',
  ])('no name in: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
