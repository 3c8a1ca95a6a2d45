use super::*;

fn idea(r: Option<Verdict>, v: Option<Verdict>, h: Option<Verdict>, text: &str) -> Idea {
    let w = |verdict| Weighing {
        verdict,
        note: String::new(),
    };
    Idea {
        id: Uuid::nil(),
        text: text.into(),
        realistic: w(r),
        values: w(v),
        happy: w(h),
        status: IdeaStatus::Open,
        goal_id: None,
    }
}

#[test]
fn ideas_sort_by_how_well_they_pass() {
    use Verdict::*;
    let mut ideas = vec![
        idea(None, None, None, "unweighed"),
        idea(Some(No), Some(Yes), Some(Yes), "four"),
        idea(Some(Yes), Some(Yes), Some(Yes), "six"),
        idea(Some(Maybe), Some(Maybe), None, "two of two"),
        idea(Some(Yes), None, None, "two of one"),
        idea(Some(Maybe), Some(Maybe), Some(Maybe), "three"),
    ];
    sort_ideas(&mut ideas);
    let order: Vec<&str> = ideas.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        order,
        [
            "six",
            "four",
            "three",
            "two of two",
            "two of one",
            "unweighed"
        ]
    );
    assert_eq!(ideas[0].score(), 6);
    assert_eq!(ideas[5].answered(), 0);
}

#[test]
fn a_weighed_idea_gives_its_notes_to_the_goal() {
    let mut i = idea(Some(Verdict::Yes), None, Some(Verdict::Maybe), "Teach");
    i.realistic.note = "I have taught before".into();
    i.values.note = "Helping people learn".into();
    assert_eq!(
        i.why_for_goal(),
        "Is it realistic? Yes: I have taught before\n\
         Does it fit my values? Helping people learn\n\
         Would it make me happy? Maybe."
    );
    assert_eq!(idea(None, None, None, "x").why_for_goal(), "");
}

#[test]
fn kinds_of_help_read_forgivingly() {
    assert_eq!(
        Help::parse_list("Intros, advice; listening, advice"),
        Ok(vec![Help::Advice, Help::Introductions, Help::Listening])
    );
    assert_eq!(Help::parse("candid feedback"), Some(Help::Feedback));
    assert_eq!(Help::parse("a listening ear"), Some(Help::Listening));
    assert_eq!(Help::parse("in"), None);
    assert!(Help::parse_list("money").unwrap_err().contains("'money'"));
    assert_eq!(
        Help::join(&[Help::Advice, Help::Feedback]),
        "advice,feedback"
    );
}

#[test]
fn a_person_is_named_as_a_whole_word() {
    let ana = Person {
        id: Uuid::nil(),
        name: "Ana".into(),
        helps: vec![],
        last_contact: None,
        note: String::new(),
        lifts: false,
    };
    assert!(ana.is_named_in("Ask Ana for an intro"));
    assert!(ana.is_named_in("coffee with ana."));
    assert!(!ana.is_named_in("Read the analysis"));
    assert!(!ana.is_named_in("Call Hanna"));
}

#[test]
fn contact_reads_in_days() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut p = Person {
        id: Uuid::nil(),
        name: "Sam".into(),
        helps: vec![],
        last_contact: None,
        note: String::new(),
        lifts: false,
    };
    assert_eq!(p.contact_words(today), "not in touch yet");
    p.last_contact = Some(today - chrono::Days::new(12));
    assert_eq!(p.days_since_contact(today), Some(12));
    assert_eq!(p.contact_words(today), "in touch 12 days ago");
}
