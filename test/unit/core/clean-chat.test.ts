/**
 * Messages without PHI that look like they might have some: vitals, doses, codes, prices, times,
 * order and ticket numbers, words that are names, institutions. None may be altered.
 */
import { detect } from '../../../src/core/engine';

test.each<string>([
  'o2 sat 94% on room air',
  'pulse 102 bp 150/95 temp 99.1',
  'glucose is 243 after lunch',
  'take 1 tab every 8 hrs x 10 days',
  'cpt 99213 and icd-10 E11.9',
  'the copay was $45.00',
  'appointment at 3:30 pm on Tuesday',
  'version 2.4.1 of the app keeps crashing',
  'she is 89 years old',
  'dosis de 10 mg cada 12 horas',
  'mi presión 130/85 hoy',
  'la receta dice 1/2 tableta',
  'el copago fue de $200 pesos',
  'grace period is 30 days',
  'may I ask a question?',
  'order #A1234567 hasn\'t arrived',
  'ticket 00123456 still open',
  'ref number 4455667788',
  'order number 4455667788',
  'Humana denied it again',
  'Parkinson\'s runs in my family',
  'took Lipitor 20mg and Eliquis',
  'Sorry, Walgreens said the insurance rejected it',
  'Nurse Line said to come in',
  'Best Regards',
  'Sent from my iPhone',
  'Saludos cordiales',
  'Virgil Street pharmacy is closed',
  'Autumn Ridge assisted living called',
  "Patience please, I'm old",
  'Will the prior auth go through before Friday?',
  'Mark the claim as disputed please',
  'Rose early to take my fasting labs',
  'Pat dry the incision?',
  'Ivy rash again',
  'Bell rang twice',
  "Hunter's pen needles",
  'Drew blood twice today',
  'Frank question: is this covered?',
])('%j is not altered', (text) => {
  expect(detect(text)).toEqual([]);
});
