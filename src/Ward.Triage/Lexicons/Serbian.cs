namespace Ward.Triage.Lexicons;

/// <summary>
/// Serbian phrases in Cyrillic. Serbian in Latin letters is covered by the Croatian lexicon,
/// which shares most medical words.
/// </summary>
internal static class Serbian
{
    public const string Code = "sr";

    public const string Data = """
        [ChestPain]
        бол у грудима | боли ме у грудима | стезање у грудима | притисак у грудима | инфаркт
        срчани удар
        [Breathing]
        ne moze da dise | ne mogu da disem | ne dise | gusi se | plave usne
        не могу да дишем | не може да дише | не дише | гуши се | гушим се | модре усне | поплавео
        [Bleeding]
        јако крвари | много крви | крв не престаје | крварење | повраћа крв
        [SuicideSelfHarm]
        da se ubijem | ubicu se | hocu da umrem | ne zelim .. da zivim
        убијем се | самоубиств* | хоћу да умрем | не желим да живим | сечем се | све таблете
        скочим са | обесим се
        [Stroke]
        мождани удар | шлог | искривљена уста | не може да говори | одузета рука
        [Anaphylaxis]
        отиче грло | отиче језик | анафила* | алергијски шок | не могу да гутам
        [Fever]
        температур* | грозница | гори | степени
        [Newborn]
        новорођенче | новорођен*
        [AgeDay]
        дан | дана
        [AgeWeek]
        недеља | недеље | седмица | седмице
        [AgeMonth]
        месец | месеца | месеци
        [HeadHit]
        ударио главу | ударила главу | ударац у главу | потрес мозга
        [Unconscious]
        без свести | онесвести* | изгубио свест | изгубила свест
        [Unresponsive]
        не реагује | не одговара | не буди се
        [Altered]
        повраћа | збуњен* | стално спава | поспан*
        [AbdominalPain]
        бол у стомаку | боли стомак | боли ме стомак
        [Severe]
        јак | јака | неподношљив* | ужасн*
        [ShockSign]
        блед* | хладан зној | зноји се
        [Swelling]
        отекл* | отекао | натекл*
        [Hives]
        копривњача
        [AllergyTrigger]
        кикирики | орашаст* | пчела | оса | убод | пеницилин | антибиотик* | инјекција | алерги*
        [BleedWord]
        крв | крвари | рана
        [Heavy]
        јако | много | не престаје | дубока
        [Sudden]
        изненада | одједном | нагло
        [Pregnant]
        трудна | трудноћа
        [Negation]
        немам | nemam
        не | нема | без | никад
        [Clinical]
        смем | смем ли | могу ли | доза | лек* | капи | таблет* | температура | бол | кашаљ
        колико дуго
        [Routine]
        заказ* | термин | рачун | плаћање | адреса | паркинг | рецепт | потврда
        [Stopword]
        и | у | је | да | се | на | не | ми | са | за | од | има | мој | моја | ли | колико
        [Presence]
        у | смо у | сам у
        [Poisoning]
        otrovao se | otrovala se | trovanje ugljen monoksidom | centar za kontrolu trovanja
        [Seizure]
        ima napad | epileptični napad | grčevi celog tela
        konvulzij* | febrilne konvulzije | trese se i ne reaguje
        [Ingested]
        progutao | progutala | progutalo | popio | popila | popilo | pojeo | pojela | pojelo
        [Toxin]
        varikina | varikinu | izbeljivač | antifriz | otrov za pacove | otrov | pesticid* | kapsula za veš
        baterija | bateriju | dugmasta baterija | magnet* | kaustična soda | benzin | razređivač
        aceton | sredstvo za čišćenje
        [Medicine]
        tablete | lekove | pilule
        [Child]
        dete | sin | ćerka | beba | unuk | unuka
        [Idiom]
        trovanje hranom | napad smeha | napad besa
        """;
}
