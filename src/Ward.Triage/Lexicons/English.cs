namespace Ward.Triage.Lexicons;

/// <summary>English phrases. Apostrophes and repeats are folded: "can't" = "cant".</summary>
internal static class English
{
    public const string Code = "en";

    public const string Data = """
        [ChestPain]
        heart hurts | heart is hurting | pain in chest | pains in chest | chest discomfort
        angina
        chest is killing me | chest feels like .. sitting on | pain .. radiat* .. jaw
        pain in the center of my chest | chest hurts .. arm
        chest pain* | pain* in my chest | pain* in his chest | pain* in her chest | chest hurt*
        chest is hurting | crushing chest | chest .. crushing | pressure in my chest
        chest pressure | chest is tight | chest feels tight | tightness in .. chest
        chest tightness | heavy ache in .. chest | heaviness in .. chest | elephant .. chest
        heart attack | having a heart attack | chest feels heavy | chest is burning and
        squeezing in my chest | chest .. squeezing | ache in the middle of my chest
        [Breathing]
        blue lips | bluish lips | labored breathing | breathing is labored | grunting
        cant get a breath | cant take a breath
        cant finish a sentence | cant speak in full sentences | wheezing .. cant
        can barely breath* | barely breath* | cant get enough air | struggling for breath
        fighting to breathe | hard time breathing | cant breathe | breathing really fast .. ribs
        hes choking | shes choking | is choking | choked on
        cant breath* | can not breath* | cannot breath* | couldnt breath* | unable to breath*
        struggling to breath* | struggles to breath* | hard to breath* | difficulty breathing
        trouble breathing | fighting for air | gasping | gasp* for air | cant get air
        not breathing | stopped breathing | isnt breathing | wasnt breathing | barely breathing
        short of breath | shortness of breath | breathless | out of breath .. sitting
        turning blue | turned blue | lips .. blue | lips are purple | face .. blue | going blue
        choking | choked on | something stuck in .. throat | cant catch .. breath
        neck muscles to breathe | ribs sucking in | wheezing badly | inhaler isnt helping
        inhaler not helping | inhaler .. not working | asthma attack .. not stopping
        asthma attack .. wont stop | cant talk .. breath | stopping to breathe
        without stopping to breathe
        breathing funny | breathing weird | breathing strangely | gurgling breath*
        [Bleeding]
        bleeding out | through the bandage
        soaking .. pad* .. hour | pad every hour | pad an hour
        blood wont stop | bleeding nonstop | hemorrhag* | lost a lot of blood | blood .. pouring
        blood coming out .. everywhere | bleeding .. wont stop | blood .. wont stop
        bleeding heavily | bleeding a lot | bleeding badly | heavy bleeding | bleeding profusely
        wont stop bleeding | cant stop the bleeding | cant stop bleeding | bleeding wont stop
        blood everywhere | spurting blood | blood .. spurting | blood is gushing | gushing blood
        pool of blood | lots of blood | so much blood | soaked through | soaking .. pad* an hour
        coughing up blood | cough* up blood | vomiting blood | throwing up blood | puking blood
        blood clots .. lightheaded | big clots | bleeding through | bleed* through the
        [SuicideSelfHarm]
        end things | ending things | sewerslide | cutting again | self-harming
        want it all to stop | want it all to end | want everything to end | done with life
        tired of living | burden to everyone | how many pills | cutting herself | cutting himself
        cut herself | cut himself | hurting herself | hurting himself | harm herself | harm himself
        nobody would miss me | no one would miss me | better without me | not worth living
        life isnt worth | wrote a note | goodbye letter | suicide note | ready to die | plan to die
        dont want to exist | want to disappear | bought a rope | thinking of killing myself
        going to end it | gonna end it | i cut again | cut myself again
        kill myself | killing myself | kms | unalive | end my life | ending my life | end it all
        ending it | end it tonight | take my own life | want to die | wanna die | wish i was dead
        wish i were dead | better off dead | better off without me | suicid* | self harm*
        hurt myself | hurting myself | cut myself | cutting myself | cut .. wrists | slit my wrist*
        dont want to be here | dont wanna be here | dont want to be alive | dont want to live
        dont want to wake up | no reason to live | nothing to live for | cant go on
        cant do this anymore | goodbye forever | saying goodbye | final goodbye | last goodbye
        pills ready | have the pills | jump off | jump in front | hang myself | hanging myself
        gun to my head | my .. pistol | shoot myself | edge of the balcony | edge of the roof
        no way out | engine running | tonights the night | ive decided .. someone to know
        just wanted someone to know | wont be around | thinking about ending | ending it all
        going to .. kill herself | going to .. kill himself | kill herself | kill himself
        wants to die | wanna disappear forever | not be here tomorrow | sleep forever
        took an overdose | taken an overdose | take an overdose | took an od | taking an overdose
        [InfantFever]
        newborn .. fever | newborn .. temp*
        [Stroke]
        cant feel .. left side | cant feel .. right side | garbled | words are jumbled
        lopsided smile | lopsided face
        worst headache of my life | worst headache ever | thunderclap headache | talking funny
        one side of .. face | cant move .. left arm | cant move .. right arm | slurring .. words
        face droop* | face .. drooping | face is droopy | face .. saggy | face looks uneven
        slurred speech | slurring | speech is slurred | words .. coming out wrong
        cant understand a word | couldnt understand a word | cant get .. words out
        one side .. weak | one side .. numb | one side .. gone | side .. gone floppy
        arm .. gone weak | arm .. gone numb | cant lift .. arm | cant raise .. arm
        having a stroke | think .. stroke | signs of a stroke right now | sudden* .. cant speak
        sudden* .. cant talk | cant hold .. pen | dropped .. cant hold | mouth .. droop*
        [Anaphylaxis]
        swollen tongue | swollen throat
        anaphylactic | hives .. trouble breathing | hives .. cant breathe
        throat .. swelling | throat .. swell* | throat .. closing | throat is tight
        tongue .. swelling | tongue .. swell* | tongue .. swollen | anaphyla*
        used .. epipen | gave .. epipen | used .. epi pen | needed .. epipen | epipen .. didnt
        allergic reaction .. breath* | allergic reaction .. throat | cant swallow
        [HeadInjury]
        knocked out | knocked unconscious | hit .. head .. passed out
        [Abdominal]
        appendicitis | stomach pain so bad | belly pain so bad | cant move .. stomach pain
        worst stomach pain | worst belly pain | worst abdominal pain | rolling on the floor
        stomach .. rock hard | belly .. rock hard | doubled over in pain
        [Poisoning]
        poisoned | been poisoned | got poisoned | poison control | poison center
        carbon monoxide poisoning | carbon monoxide .. going off | carbon monoxide .. beeping
        co alarm .. going off | co detector .. going off | carbon monoxide leak
        breathed .. carbon monoxide | breathing in .. fumes | exhaust fumes
        [Seizure]
        having a seizure | having seizures | had a seizure | has had a seizure | is seizing
        seizing | started seizing | seizure .. wont stop | seizure .. not stopping
        seizure right now | in a seizure | another seizure | seizures .. wont stop
        siezure* | seziure* | sezure* | seizur | seisure* | having a siezure
        convuls* | convul* | febrile seizure* | hes fitting | shes fitting | started fitting
        keeps fitting | fitting and shaking | fitting .. wont stop | is fitting and
        baby is fitting | child is fitting | kid is fitting | son is fitting | he is fitting
        daughter is fitting | she is fitting | toddler is fitting
        having a fit | had a fit | having fits | epileptic fit | epileptic attack
        epilepsy attack | grand mal | tonic clonic | body .. jerking | jerking .. wont stop
        eyes .. rolled back | eyes rolling back | foaming at the mouth
        [Fever]
        feels .. hot | feel .. hot | felt .. hot | skin .. hot | so hot | very hot
        fever* | feels hot | burning up | high temp* | degrees | febrile | feverish
        hot to the touch
        [Newborn]
        newborn | new born | neonate
        [AgeDay]
        day | days | day old
        [AgeWeek]
        week | weeks | wk | wks | weeks old | week old
        [AgeMonth]
        month | months | mo | mos | month old
        [Duration]
        for | since | past | last | every | after | in | within
        [HeadHit]
        fell down | fell off | car accident | crashed | hit by a car
        hit .. head | hit in the head | bumped .. head | banged .. head | head injur*
        fell .. head | struck .. head | bump on .. head | concussion | head .. floor
        head .. pavement | blow to the head | knock* .. head
        [Unconscious]
        passed out | unconscious | lost consciousness | blacked out | was out | knocked out
        fainted | faint* | collapsed
        [Unresponsive]
        is unconscious | still unconscious | hes unconscious | shes unconscious
        isnt waking | wasnt waking | cant wake him | cant wake her | wont wake up
        unresponsive | not responding | wont wake | cant wake | doesnt respond | only groans
        not waking up | wont respond | no response
        [Altered]
        isnt making sense | slurring
        confused | doesnt know .. day | sleepy | drowsy | vomit* | throwing up | not making sense
        [AbdominalPain]
        belly .. rigid | stomach .. rigid
        pain .. belly | pain .. stomach | pain .. abdomen | belly .. pain | stomach .. pain
        tummy .. pain | stomach .. hurts | pain .. tummy
        stomach pain | belly pain | abdominal pain | stomach hurt* | belly hurt* | tummy pain
        pain in my belly | pain in my stomach | pain in her belly | pain in his belly | cramping
        pain in her stomach | pain in his stomach | stomach ache | abdomen | lower right side
        [Severe]
        severe* | excruciating | unbearable | worst | agony | agonizing | really bad | extreme
        10/10 | screaming | cant stand up | cant get comfortable | never hurt like this
        [ShockSign]
        pale | grey | gray | clammy | sweating | sweaty | cold sweat | fainted | lightheaded
        dizzy | faint
        [ChestDiscomfort]
        chest .. funny | chest .. weird | chest .. tight | chest .. heavy | chest feels off
        chest .. ache | chest .. pressure
        [ArmJaw]
        left arm | jaw | shoulder
        [Swelling]
        lips .. swell* | lip* .. swollen | swelled up | face .. swell* | face .. swollen
        eyes .. swell* | eyes .. swollen | puffy face
        [Hives]
        hives | welts | rash all over | itchy all over | blotchy
        [ThroatSign]
        throat .. funny | throat .. itchy | throat .. tight | clearing .. throat | voice .. changed
        hard to swallow | trouble swallowing | hoarse
        [AllergyTrigger]
        peanut* | nut | nuts | walnut* | cashew* | almond* | sesame | shellfish | shrimp | prawn*
        bee | wasp | stung | sting | penicillin | antibiotic* | injection | shot | allerg*
        after eating | ate | amoxicillin | contrast | latex | egg* | milk
        [BleedWord]
        nosebleed | nose bleed
        bleed* | blood | gash* | deep cut
        [Heavy]
        heavily | a lot | wont stop | not stopping | through the | soaked | everywhere | deep
        huge | pouring | so much | gushing
        [Mild]
        a little | little bit | small | tiny | minor | scratch | slightly | spotting | stopped
        [Sudden]
        sudden* | all of a sudden | out of nowhere | just now | came on
        [NeuroSign]
        not making sense | suddenly confused
        arm .. weak | leg .. weak | arm .. numb | face .. numb | cant speak | cant talk
        words .. wrong | confused speech | cant see out of | lost vision | cant walk straight
        cant hold | dropped | understand | one side
        [Ingested]
        swallowed | has swallowed | drank | drunk | ate | eaten | ingested | got into
        chewed | chewing on | bit into | sucked on | licked | drinking | eating | swalowed
        swallow* some | swolowed | swalloed | swollowed | drnak | swallowd
        [Toxin]
        bleach | antifreeze | anti freeze | drain cleaner | drano | rat poison | mouse poison
        rodenticide | pesticide* | insecticide* | weed killer | weedkiller | roundup | poison
        detergent* | laundry pod* | tide pod* | dishwasher pod* | dishwasher tablet*
        button battery | button batteries | battery | batteries | coin battery | magnet*
        lye | oven cleaner | toilet cleaner | cleaning product* | ammonia
        gasoline | petrol | kerosene | lamp oil | lighter fluid | paint thinner | turpentine
        nail polish remover | acetone | washer fluid | hand sanitizer | essential oil*
        fertilizer | cleaning fluid | wild mushroom* | iron pills | iron tablets
        someone elses pills | someone elses medic* | grandmas pills | grandmas medic*
        grandpas pills | grandpas medic* | moms pills | dads pills | husbands pills
        wifes pills | wrong pills | wrong medic* | wrong tablets | pills .. not hers
        pills .. not his | pills .. not mine
        [Medicine]
        pills | tablets | meds | medicine | medication* | gummies | vitamins | capsules
        [Child]
        child | children | kid | kids | toddler | baby | infant | son | daughter | little one
        grandson | granddaughter | boy | girl | niece | nephew | year old | yr old
        [Pregnant]
        pregnant | pregnancy | weeks along
        [Negation]
        no | not | without | denies | deny | zero | none | dont have | doesnt have
        no longer | isnt | wasnt | free of | nothing like
        [PostNegation]
        now fine | fine now | is fine | better now | all good now
        is gone | are gone | went away | has stopped | have stopped | stopped now | resolved
        has passed | all better | is better now | no longer
        [History]
        in 19* | in 20* | years ago | year ago | last year | back in | history of | as a kid
        in college | as a child | few years | died of | died from | passed away
        runs in my family | runs in the family | run in my family | run in the family
        [Hypothetical]
        signs of | symptoms of | warning signs | what to do if | what should i do if
        what do i do if | hypothetical* | how would i know | how can i tell | school project
        for a class | what happens if | is it possible to | could someone
        [Idiom]
        killing me | kill me | dying to | dying of laughter | die laughing | to die for
        scared to death | bored to death | dead tired | drop dead | could kill | killer
        nearly had a fit | almost had a fit | had a fit laughing | have a fit | having a fit about
        having a fit over | had a fit about | had a fit over | throw a fit | threw a fit
        throwing a fit | pitch a fit | pitched a fit | seizing up | seized up | food poisoning
        poison ivy | poison oak | is poison | pure poison | poison pill | fitting in | fitting room
        fitting well | fitting for
        how many pills should i | how many pills can i | how many pills do i | how many pills a day
        how many pills per day | how many pills are safe
        [Overdose]
        overdos* | od on | took too many pills | took too much of my
        [PillsTaken]
        took .. pills | took .. pill | took .. tablets | took .. meds | took .. medication*
        took .. medicine* | took .. bottle | took .. box | took .. pack* | took .. painkillers
        took .. tylenol | took .. xanax | took .. paracetamol | took .. sleeping
        swallowed .. pills | swallowed .. tablets | swallowed .. meds | swallowed .. bottle
        ate .. pills | popped .. pills | downed .. pills | whole bottle of | entire bottle of
        took a bunch of | taken .. pills | taken .. tablets
        [Quantity]
        all | whole | entire | bunch | handful | dozen* | hundred* | fistful
        [Accidental]
        accidentally | accidental | by accident | by mistake | mistakenly | double dose
        double dosed | doubled up | twice by mistake | extra dose | forgot i had taken
        [Laughter]
        laugh* | lol | lmao | lmfao | rofl | haha* | hehe* | so funny | cracking up
        [Clinical]
        feeling down | depressed | depression | anxious | anxiety | talk to someone | therapist
        should i | can i take | can i give | is it normal | is this normal | is it safe | safe to
        dose | dosage | mg | side effect* | medication | medicine | pill | pills | antibiotic*
        rash | fever* | pain | hurts | ache* | cough* | sore | headache* | sick | infection
        pregnant | period | bleeding | swollen | itch* | worried | worse | symptom* | advil
        ibuprofen | tylenol | motrin | melatonin | birth control | test | blood pressure
        nightmares | antidepressant | congestion | stuffy | diarrhea | vomit* | nausea
        concern* | could that be | is that | stop them | how long should | what can i use
        heimlich | epipen | dizzy | tired | insomnia | food poisoning | seizure* | epilep*
        [Routine]
        blood test | blood work | bloodwork | blood sample | blood draw | home visit
        appointment* | book | booking | reschedul* | cancel | slot* | hours | open | opening
        insurance | bill | billing | invoice | receipt | payment | pay | fee | cost | price
        form | forms | paperwork | records | copy | letter | referral | refill request
        parking | wifi | directions | address | location | wheelchair | portal | link | login
        fax | email | phone number | checkup* | physical | translated | fmla | hsa | doctor note
        arrive | female doctor | video visit | waiting room | bike | lab results
        [Stopword]
        the | and | my | is | it | to | of | in | for | with | have | has | what | can | you
        i | im | he | she | was | this | that | are | do | does | not | but | me | just | how
        [Presence]
        in | visiting | at | on vacation in | on holiday in | travelling in | traveling in
        im in | we are in | were in | currently in | staying in | here in
        """;
}
