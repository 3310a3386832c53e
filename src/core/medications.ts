/**
 * Medicine names, shared by the name rules (a medicine is no person) and the date rules (a strength
 * after a medicine is no date).
 */
import { foldWord } from './lexicon';
import { nearKey } from './fuzzyKeys';

/**
 * Medicines people name in chat, brand and generic, written here from general knowledge (top US
 * prescriptions and over-the-counter brands). Several are also given names ("Allegra", "Lyrica",
 * "Valium"); in a health-care chat after "take ... with" they are the medicine.
 */
export const MEDICATIONS = `allegra lyrica ambien xanax valium zoloft lexapro prozac paxil celexa wellbutrin cymbalta effexor
  abilify seroquel risperdal lamictal keppra depakote topamax neurontin gabapentin lipitor crestor zocor
  pravachol plavix eliquis xarelto coumadin warfarin brilinta entresto norvasc amlodipine toprol lopressor
  metoprolol atenolol lasix furosemide hctz losartan cozaar diovan benicar synthroid levothyroxine
  januvia jardiance farxiga invokana trulicity ozempic wegovy mounjaro victoza byetta lantus levemir
  humalog novolog tresiba toujeo glucophage glipizide actos humira enbrel stelara dupixent otezla xeljanz
  rinvoq skyrizi cosentyx taltz prednisone medrol singulair advair symbicort breo spiriva trelegy
  albuterol proair ventolin flonase nasonex claritin zyrtec xyzal benadryl sudafed mucinex nyquil dayquil
  aleve motrin excedrin naproxen tramadol ultram norco vicodin percocet oxycodone oxycontin dilaudid
  suboxone narcan naloxone methadone adderall ritalin concerta vyvanse strattera focalin
  nexium prilosec omeprazole protonix pantoprazole pepcid zantac famotidine zofran ondansetron
  miralax colace dulcolax imodium flomax finasteride proscar cialis viagra levitra premarin estrace
  yaz loestrin depo-provera nuvaring mirena amoxicillin augmentin keflex cephalexin cipro ciprofloxacin
  levaquin zithromax azithromycin doxycycline bactrim flagyl metronidazole diflucan valtrex tamiflu
  paxlovid lovenox heparin fosamax boniva prolia evista aricept namenda sinemet requip mirapex
  imitrex maxalt nurtec ubrelvy aimovig emgality botox restasis xiidra epipen auvi-q jolivette errin
  sprintec junel microgestin lutera aviane yasmin ortho tri-sprintec plan-b`;

const MEDICATION_LIST = MEDICATIONS.split(/\s+/).filter(Boolean);
const MEDICATION_SET = new Set(MEDICATION_LIST);

/** Whether `word` names a medicine, or misspells one of six letters or more ("suboxnoe", "subxone"; see nearKey). */
export function isMedication(word: string): boolean {
  const k = foldWord(word);
  return MEDICATION_SET.has(k) || (k.length >= 6 && nearKey(k, MEDICATION_LIST) >= 0);
}
