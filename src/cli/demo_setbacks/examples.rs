//! The three setbacks `bounce demo` tells in full: a restructuring nobody could stop, a
//! role the heart was not in, and a launch rushed.

use super::{Example, at};
use crate::domain::setback::{
    GriefStage as Grief, StrengthKind as Kind, TransformationStage as Change,
};

#[rustfmt::skip]
pub(super) const LAYOFF: Example = Example {
    title: "Laid off when the platform team was cut",
    days_ago: 75,
    summary: "Four years as a senior engineer on the platform team at a logistics company. \
        In a restructuring the whole team was closed; my role ended two weeks later.",
    reflection: "",
    events: &[
        at(75, Some((9, 0)), "Told the platform team is being dissolved; my role ends at the end of the month")
            .with("Priya, my manager, and Marcus from HR", "Keep your face still. Ask about severance later.",
                "Numb, then strangely polite"),
        at(76, Some((17, 45)), "A calendar invite from HR for nine the next morning, with no agenda")
            .with("", "I knew, and told myself I didn't", "Cold in the stomach; couldn't eat dinner"),
        at(130, None, "All-hands: the CFO talks about focusing on the core business")
            .with("The CFO, the whole company", "That's about sales, not us", "A little uneasy, mostly bored"),
        at(60, None, "Last day. Lunch with the old team at the noodle place")
            .with("Jonas, Mei, Priya", "These people were the best part of the job", "Grateful, and heavy"),
        at(110, Some((16, 0)), "Priya cancels our one-to-one for the third week running")
            .with("Priya", "She's swamped with planning", "Brushed aside, a little"),
        at(75, Some((11, 30)), "Called Ana from the car park")
            .with("Ana", "I don't know what to tell people", "Shaky, then held"),
        at(96, None, "Hiring freeze; the two open roles on our team are closed")
            .with("An email from HR", "We'll manage with four", "Tired in advance"),
        at(68, None, "Wrote the handover runbook for the services we ran")
            .with("Jonas, who inherits them", "At least this part will be done properly",
                "Proud and sad at the same time"),
        at(45, Some((14, 0)), "First real conversation with a recruiter about what I want next")
            .with("Tom, a recruiter Mei recommended", "I have more to say than I expected", "Cautiously hopeful"),
    ],
    answers: &[
        ("goals", "Ship the new deployment pipeline, and grow into a staff role within two years. \
            The pipeline shipped two months before the cuts and brought a release \
            down from a day to forty minutes. \
            The staff role didn't happen there, but the work is real and mine to point to."),
        ("challenges", "Doing the work of six with four after the freeze, and not knowing what \
            leadership planned. I handled the workload by cutting scope and saying so openly. \
            I handled the uncertainty by not looking at it, which worked until it didn't."),
        ("learned", "A restructuring is a decision about a budget line, not a verdict on a person. \
            And my network outside the company was thinner than I thought."),
        ("differently", "Ask Priya straight out, after the freeze, what the plan for our team was. \
            Keep in touch with people outside work even in busy months. \
            Keep a running list of wins so I'm not rebuilding it in a panic."),
        ("warning_signs", "The core-business speech, the cancelled one-to-ones, the freeze. \
            Each had an innocent explanation, and I took it every time."),
    ],
    strengths: &[
        (Kind::Praise, "Jonas said the runbook was the clearest handover he'd ever inherited"),
        (Kind::Praise, "Priya thanked me for staying calm the night the payments service went down"),
        (Kind::Enjoyed, "Pairing with Mei on her first production deploy"),
        (Kind::Enjoyed, "Untangling the old build scripts until they made sense"),
        (Kind::Easy, "Explaining systems to people who don't live in them"),
    ],
    lessons: &[
        "Every Friday, five minutes: write down the week's wins while they're fresh",
        "One coffee a month with someone outside the company",
        "When the signals pile up, ask the direct question",
    ],
    story: Some([
        "I was a senior engineer on a four-person platform team when a restructuring closed the whole team.",
        "I spent my last two weeks on a proper handover, so the services we ran stayed in good hands, \
            and started talking to people about the work I want, not just the work I could get.",
        "Nothing broke after I left. I left on good terms, with two references and a clearer idea \
            of what I'm looking for.",
        "Layoffs happen to good teams. What I control is how I leave, and knowing my worth \
            before I need to prove it.",
    ]),
    checkins: &[
        (70, Some(Grief::Denial), Some(Change::Disengagement),
            "Still waking at seven to check a work chat I'm no longer in."),
        (50, Some(Grief::Anger), Some(Change::Disidentification),
            "Angry at the timing, at the freeze, at myself for not seeing it. Who am I without the team?"),
        (30, Some(Grief::Depression), Some(Change::Disorientation),
            "A flat week. Did the small things anyway."),
        (8, Some(Grief::Acceptance), Some(Change::ReEngagement),
            "It happened, and it wasn't about me. Sent two applications I actually care about."),
    ],
};

#[rustfmt::skip]
pub(super) const PASSED_OVER: Example = Example {
    title: "Passed over for the team lead role",
    days_ago: 420,
    summary: "When Dana left I applied to lead the team, and the role went to Rafael. \
        I was sure I wanted it. The relief I felt afterwards said otherwise.",
    reflection: "It freed me from a ladder I was climbing because it was there. I can go deep instead of up.",
    events: &[
        at(420, Some((10, 15)), "Olu tells me Rafael got the role, and that my technical work is the team's backbone")
            .with("Olu, my manager", "Backbone, not head", "Stung, then oddly lighter"),
        at(440, Some((14, 0)), "Panel interview. Asked how I'd handle someone underperforming; gave a textbook answer")
            .with("Olu and two other leads", "I don't actually want to have that conversation", "Hollow while I talked"),
        at(470, None, "Dana announces she's leaving; her role will be filled from inside the team")
            .with("Dana", "This is the obvious next step for me", "Excited, a bit flattered that people looked my way"),
        at(418, None, "Spent the evening prototyping for fun, the first time in months")
            .with("", "When did I last do this?", "Relief, and guilt about the relief"),
        at(455, None, "A weekend on the application; wrote far more about process than about people")
            .with("", "I'll work out the people part once I'm in it", "Dutiful"),
        at(465, None, "Told Olu I'd apply")
            .with("Olu", "Everyone expects me to", "A small knot I chose to ignore"),
        at(390, None, "Rafael asks me to own the architecture reviews")
            .with("Rafael", "This is the part I wanted all along", "Glad, and a little sheepish"),
        at(425, None, "Rafael mentions he has been running our retros, informally, for months")
            .with("Rafael", "I never noticed, because I never cared who ran them", "Surprised"),
    ],
    answers: &[
        ("goals", "On paper: become team lead. Underneath: be trusted with the hard technical decisions. \
            I didn't get the title, and I got the second thing anyway."),
        ("challenges", "Writing and talking about managing people as if I wanted to. \
            I handled it by preparing harder, which hid the problem from me."),
        ("learned", "Being good at something and wanting it are different things. \
            Relief after a no is information."),
        ("differently", "Before applying, picture an ordinary Tuesday in the role \
            and ask whether I'd want that Tuesday."),
        ("warning_signs", "The knot when I told Olu. The hollow feeling in the interview. \
            Rafael already doing the job while I hadn't noticed."),
        ("honest_skills", "About the technical side, yes. About the people side I called it a skill gap; \
            it was closer to a lack of interest."),
    ],
    strengths: &[
        (Kind::Praise, "Olu called my technical work the team's backbone"),
        (Kind::Enjoyed, "Sketching the new event pipeline on the whiteboard with Rafael"),
        (Kind::Enjoyed, "Writing the architecture decision records"),
        (Kind::Easy, "Spotting the weak joint in a design before it's built"),
    ],
    lessons: &[
        "Before chasing a role, picture an ordinary week in it",
        "Treat relief as information, not as a lack of ambition",
    ],
    story: Some([
        "When our team lead left, I applied for the role because it looked like the natural next step.",
        "I prepared thoroughly and interviewed well on paper, but never asked myself whether \
            I wanted the day-to-day of managing people.",
        "A colleague who had been leading informally for months got the role. I felt relief, \
            and within weeks I was leading the architecture work instead.",
        "A step up isn't always the right step. Now I check whether I want the work, not just the title.",
    ]),
    checkins: &[
        (415, Some(Grief::Bargaining), Some(Change::Disengagement),
            "Maybe if I'd done a leadership course first. Maybe next round."),
        (400, Some(Grief::Acceptance), Some(Change::LettingGo),
            "It was the right call, and I think I'm allowed to be glad."),
        (360, None, Some(Change::Clarity),
            "The architecture reviews are going well. This is my kind of work."),
        (200, None, Some(Change::Integration),
            "Told a friend the whole story without flinching. It's part of how I know myself now."),
    ],
};

#[rustfmt::skip]
pub(super) const LAUNCH: Example = Example {
    title: "The invoicing app nobody used",
    days_ago: 929,
    summary: "Eight months of evenings building an invoicing tool for freelance designers. \
        Launch brought eleven sign-ups and two paying customers; I shut it down half a year later.",
    reflection: "",
    events: &[
        at(930, Some((8, 0)), "Launch day: posted on three forums and one newsletter")
            .with("Strangers on the internet", "Today it starts", "Nervous and proud"),
        at(1150, None, "Three designer friends complain about invoicing in one evening")
            .with("Lena and two of her studio mates", "Three people with the same pain: that's a market", "Electric"),
        at(760, None, "Shut the app down and wrote to both paying customers with export instructions")
            .with("The two customers, who were kind about it", "Ending it properly matters",
                "Sad, and relieved to stop"),
        at(960, Some((21, 0)), "Found out the big accounting tool had just added the same feature, free")
            .with("", "Ours is simpler; that's our edge", "A drop in the stomach"),
        at(1020, None, "Friends try the beta; polite feedback, few logins")
            .with("Lena, Sam", "They're busy; they'll use it once it's finished", "A flicker of doubt, pushed aside"),
        at(929, None, "Eleven sign-ups, no payments after the first full day")
            .with("", "It's early", "Deflated, and pretending not to be"),
        at(1149, None, "Bought the domain and started building the next evening")
            .with("", "I'll validate once there's something to show", "Unstoppable"),
        at(870, None, "Properly interviewed five designers for the first time: \
            most had invoicing sorted through their accountants")
            .with("Five freelance designers", "I should have asked this a year ago", "Embarrassed, then curious"),
    ],
    answers: &[
        ("goals", "Twenty paying customers within three months of launch, and a side income that might \
            one day replace the job. I reached two."),
        ("learned", "Three friends agreeing in one evening is a conversation, not a market. \
            And I can ship a real product on my own, which I didn't know before."),
        ("differently", "Talk to twenty possible customers before writing a line of code. \
            Watch what the big tools are shipping. Launch something tiny in month one, not month eight."),
        ("warning_signs", "The beta users who didn't log in. The free feature in the accounting tool. \
            Friends being polite is not demand."),
    ],
    strengths: &[
        (Kind::Praise, "A paying customer said it was the cleanest invoice she'd ever sent"),
        (Kind::Enjoyed, "Designing the onboarding, screen by screen"),
        (Kind::Easy, "Getting from an idea to something that works, fast"),
    ],
    lessons: &[
        "Talk to customers before building, and keep talking after",
        "Before starting, set the date on which I'll decide whether to stop",
        "Check what the big players are about to give away",
    ],
    story: None,
    checkins: &[
        (900, Some(Grief::Denial), None, "It just needs better marketing."),
        (860, Some(Grief::Bargaining), Some(Change::Disorientation), "If I add recurring invoices, maybe..."),
        (750, Some(Grief::Acceptance), Some(Change::Discovery),
            "Closing it was a relief. I liked building far more than selling; worth remembering."),
    ],
};
