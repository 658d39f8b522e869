namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>English cue phrases per intent.</summary>
internal static class EnglishCues
{
    public const string Code = "en";

    public const string Data = """
        [opening_hours] open^2 | what days^3 | which days^3 | blood draw^4 | lab hours^4
        fasting^2 | opening hours^3 | close^2 | closing | hours^2 | what time^2
        when do you | office hours^3 | working hours | business hours | until when | how late
        [booking] appointment | book^2 | booking^2 | schedule^2 | come in | see the doctor^2
        see dr^2 | see a doctor^2 | available slot | next available^2 | make an appt^3 | appt
        new patient | check up | checkup | physical | visit | an opening^2 | get in^2
        [rescheduling] reschedule^5 | move my appointment^5 | change my appointment^5
        different time^3 | different day^3 | another day^3 | push my appointment^5 | move it^3
        [cancelling] cancel^5 | cancellation^2 | can't make it^4 | cant make it^4
        won't be able to come^4 | call off^3 | not coming^4
        [refill_request] refill^5 | refil^5 | renew my prescription^5 | prescription^3
        more pills^3
        ran out^3 | running out^3 | run out^3 | repeat prescription^5 | script^2 | renewal^2
        [insurance_accepted] insurance^4 | insurances^4 | insured | medicare^4 | medicaid^4
        aetna^4 | cigna^4 | blue cross^4 | united healthcare^4 | humana^4 | in network^4 | plan^2
        coverage^3 | cover^2 | accept my^2
        [directions] address^4 | where are you^4 | where is the^2 | located^3 | location^3
        directions^4
        how do i get^4 | parking^4 | park^3 | bus^3 | train | subway | wheelchair^3 | floor^2
        entrance^3 | building^2 | find you^3 | map^3
        [intake_form] intake^5 | form^3 | forms^3 | paperwork^4 | questionnaire^4 | registration^3
        register^2 | new patient form^5 | fill out^3
        [billing_question] without insurance^6 | no insurance^6 | bill^4 | billing^4 | invoice^4
        charge^3 | charged^3 | payment^3 | pay^3
        cost^3 | price^3 | how much^3 | fee^3 | fees^3 | copay^4 | co-pay^4 | balance^3 | refund^3
        receipt^3 | self pay^4 | cash^2 | card^2 | statement^2
        [speak_to_person] speak to^4 | talk to^4 | real person^5 | human^5 | receptionist^4
        someone^2 | call me^4 | call me back^5 | phone me^4 | operator^4 | staff^2 | nurse line^3
        [question] cancellation policy^9 | do you offer video^4 | video visit^4
        medical records^5 | records^4 | interpreter^4 | flu shot^4 | vaccine^4 | vaccination^4
        vaccinations^4 | booster^3 | policy^5 | do you offer^3 | do you do^3 | do you give^3
        can my^2
        [small_talk] thanks | thank you | thx | ok | okay | great | perfect | hi | hello | hey
        bye | cool | got it | sounds good | good morning | noted
        [clinical] is it normal | is this normal | is that normal | normal to | should i .. take
        can i .. take | can i .. give | should i .. give | what dose | which dose | dosage
        how many mg
        should i get | should i keep | is it bad
        how much should i take | how much can i | side effect | is it safe | is it ok to take
        safe to take | should i be worried | should i worry | is this serious | is it serious
        do i need antibiotics | do i need to see | should i stop | can i stop | can i mix
        together with | interact | is it contagious | what should i do about | could it be
        mix with alcohol | double the dose | skip a dose | missed a dose | should i go to
        what does my result mean | results mean | is my blood | too high | too low
        """;
}
