/**
 * Every card id, one line per title (issue 16): `Card.id`, `leadsTo`, `displaces`, `dependsOn`, the subsidiarity
 * lists, the renewals' mapping and the notes' `cardIds` take a `CardId`, so a misspelt id fails the compiler.
 * Adding a title: its card file (with its `example`), its id here, its entry in `cards/<regime>/index.ts`.
 * The order follows the catalogue; tests/card-examples.test.ts checks both lists hold the same ids.
 */
export const CARD_IDS = [
  // eu-family
  'eu-family-core', 'eu-family-other', 'eu-family-retained', 'eu-family-permanent',
  // algeria
  'afa-6-1', 'afa-6-2', 'afa-6-3', 'afa-6-4', 'afa-6-5', 'afa-6-6', 'afa-6-7', 'afa-7bis-renewal', 'afa-7bis-a',
  'afa-7bis-b', 'afa-7bis-c', 'afa-7bis-d', 'afa-7bis-e', 'afa-7bis-f', 'afa-7bis-g', 'afa-7bis-h',
  'afa-7bis-discretionary', 'afa-7-a', 'afa-7-b', 'afa-7-c', 'afa-5', 'afa-7ter', 'afa-7ter-spouse',
  // general
  'ceseda-l423-1', 'ceseda-l423-2', 'ceseda-l423-7', 'ceseda-l425-9', 'ceseda-l423-6', 'ceseda-l423-10',
  'ceseda-l423-11', 'ceseda-l423-12', 'ceseda-l423-13', 'ceseda-l423-14', 'ceseda-l423-15', 'ceseda-l423-16',
  'ceseda-l423-21', 'ceseda-l423-22', 'ceseda-l423-23', 'ceseda-l424-1', 'ceseda-l424-3', 'ceseda-l424-9',
  'ceseda-l424-11', 'ceseda-l424-18', 'ceseda-l424-19', 'ceseda-l424-21', 'ceseda-l425-1', 'ceseda-l425-3',
  'ceseda-l425-4', 'ceseda-l425-6', 'ceseda-l425-7', 'ceseda-l425-8', 'ceseda-l425-10', 'ceseda-l426-1',
  'ceseda-l426-2', 'ceseda-l426-3', 'ceseda-l426-4', 'ceseda-l426-5', 'ceseda-l426-6', 'ceseda-l426-7',
  'ceseda-l426-8', 'ceseda-l426-9', 'ceseda-l426-10', 'ceseda-l426-17', 'ceseda-l421-1', 'ceseda-l433-4-salarie',
  'ceseda-l421-3', 'ceseda-l421-5', 'ceseda-l421-9', 'ceseda-l421-11', 'ceseda-l421-13-1', 'ceseda-l421-14',
  'ceseda-l421-16', 'ceseda-l421-19', 'ceseda-l421-20', 'ceseda-l421-21', 'ceseda-l421-22', 'ceseda-l421-26',
  'ceseda-l421-34', 'ceseda-l422-1', 'ceseda-l422-1-multi-year', 'ceseda-l422-10', 'ceseda-l426-20',
  'ceseda-l426-21', 'ceseda-l426-22', 'ceseda-l426-23', 'ceseda-l435-1', 'ceseda-l435-2', 'ceseda-l435-3',
  'ceseda-l435-4', 'ceseda-l433-2', 'ceseda-l433-4-spouse', 'ceseda-l433-4-parent', 'ceseda-l433-4-family-ties',
  'ceseda-l433-4-joining-family',
  // tunisia
  'aft-3-salarie', 'aft-3-resident', 'aft-10', 'aft-10-spouse-of-french', 'aft-7ter-b',
  // morocco
  'afm-3-salarie', 'afm-3-resident',
] as const;

export type CardId = (typeof CARD_IDS)[number];

