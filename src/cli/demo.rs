//! `bounce demo`: a realistic example journal, to explore bounce or to measure it.

use std::io::Write;

use chrono::NaiveDate;

use crate::domain::Mood;
use crate::domain::dates::shift_days;
use crate::store::Store;

const ITEMS: &[&str] = &[
    "Coffee with Ana, who listened without trying to fix anything",
    "A long walk by the river before the rain",
    "My sister called just to check in",
    "Finished the first chapter of the book I keep putting off",
    "The recruiter who wrote back with real feedback",
    "Fresh bread from the bakery on the corner",
    "Slept a full eight hours",
    "Sun on the balcony at lunch",
    "A former colleague offered to introduce me to her team",
    "Cooked a proper dinner instead of ordering in",
    "The cat asleep on my feet while I wrote",
    "A kind reply on the forum to my question about SQL",
    "Laughed at an old film with Sam",
    "Got through the whole to-do list",
    "My neighbour's garden is in bloom",
    "Rode the bike to the library",
    "An honest conversation with Dad about the layoff",
    "The mock interview went better than I feared",
    "Tea in the good mug",
    "Found a course on negotiation that looks right for me",
    "A quiet morning with nothing urgent",
    "Helped a friend move and felt useful",
    "Music on while cleaning the kitchen",
    "Someone at the meetup remembered my talk",
    "Swam twenty lengths without stopping",
    "A postcard from Lena in Lisbon",
    "Warm socks on a cold day",
    "The mentor call: she said my instincts were good",
    "Strawberries at the market",
    "Wrote three paragraphs of the case study",
    "A stranger held the door and smiled",
    "Finally fixed the squeaky door",
    "A good night's sleep after a hard day",
    "The library had the book I wanted",
    "Sunset from the hill",
    "Made soup for the week",
];

const NOTES: &[&str] = &[
    "Slow start, better afternoon. Sent two applications and took a walk before dark.",
    "Hard day. Read the old performance review again and felt the sting. Tomorrow I'll look at the lessons instead of the verdict.",
    "Good talk with Ana about what I actually enjoy. Teaching came up again.",
    "Tired but steady. Did the small things.",
    "Spent the morning on the portfolio. It is starting to look like me.",
    "Didn't want to get up. Did anyway. Small win.",
    "The interview prep felt less like a test and more like telling a story I know.",
    "Quiet day at home. Cleaned, cooked, read.",
];

/// Days before today of the oldest moment in the told examples; briefer setbacks go before.
const OLDEST_EXAMPLE: i64 = 1200;

/// A small, repeatable pseudo-random sequence, so every demo journal is the same.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

pub fn run(
    store: &Store,
    today: NaiveDate,
    scale: u64,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    if scale == 0 {
        anyhow::bail!("--scale must be at least 1");
    }
    if !store.is_empty()? {
        anyhow::bail!(
            "{} already holds entries; demo data only goes into an empty journal. Try: bounce --db demo.db demo",
            store.path().display()
        );
    }
    let records = store.write_then_index(|s| fill(s, today, scale))?;
    writeln!(
        out,
        "Created an example journal with {records} records in {}",
        store.path().display()
    )?;
    Ok(())
}

/// Writes days backwards from today until at least `scale` records exist, with a past goal
/// every three weeks before the last three, a past idea every month before the last, and a
/// past setback every four months before the examples; then one more person for every two
/// months written. The search index is built once at the end.
fn fill(store: &Store, today: NaiveDate, scale: u64) -> crate::store::Result<u64> {
    let mut dice = Dice(0x5eed);
    let mut records = fill_today(store, today)?;
    records += super::demo_setbacks::add_all(store, today)?;
    // People before goals, so the steps that name them link to them.
    records += super::demo_forward::add_people(store, today)?;
    records += super::demo_goals::add_all(store, today)?;
    records += super::demo_forward::add_ideas_and_reframes(store, today)?;
    records += super::demo_chapters::add_all(store, today)?;
    let setbacks: Vec<_> = store.setbacks()?.iter().map(|s| s.id).collect();
    let mut back = 1;
    let mut past_goals = 0;
    let mut past_setbacks = 0;
    while records < scale {
        let date = shift_days(today, -back);
        if back > 21 && back % 21 == 0 {
            records += super::demo_goals::add_past(store, past_goals, date)?;
            past_goals += 1;
        }
        if back > 30 && back % 30 == 0 {
            let index = usize::try_from(back / 30).unwrap_or(0);
            records += super::demo_forward::add_past(store, index, &setbacks)?;
        }
        // Older than the told examples, a briefer setback every four months.
        if back > OLDEST_EXAMPLE && back % 120 == 0 {
            records += super::demo_setbacks::add_past(store, past_setbacks, date, today)?;
            past_setbacks += 1;
        }
        back += 1;
        // Recent weeks are kept steady (a run with one rest day); older ones have gaps.
        let skip = if back < 20 {
            back == 6
        } else {
            dice.chance(15)
        };
        if skip {
            continue;
        }
        let count = [1, 2, 3, 3, 3, 4][dice.below(6)];
        for _ in 0..count {
            store.add_gratitude(date, ITEMS[dice.below(ITEMS.len())])?;
            records += 1;
        }
        if dice.chance(30) {
            store.set_note(date, NOTES[dice.below(NOTES.len())])?;
            records += 1;
        }
        if dice.chance(60) {
            let mood = Mood::new(2 + i64::try_from(dice.below(4)).unwrap_or(0)).ok();
            store.set_mood(date, mood)?;
        }
    }
    records += super::demo_forward::add_people_at_scale(store, today, back)?;
    Ok(records)
}

fn fill_today(store: &Store, today: NaiveDate) -> crate::store::Result<u64> {
    store.add_gratitude(
        today,
        "Coffee with Ana, who listened without trying to fix anything",
    )?;
    store.add_gratitude(today, "A long walk by the river before the rain")?;
    store.set_note(today, NOTES[0])?;
    store.set_mood(today, Mood::new(4).ok())?;
    Ok(3)
}
