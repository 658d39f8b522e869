namespace Ward.Triage.Lexicons;

/// <summary>Polish phrases; diacritics fold (ą, ę, ł, ś, ż), so both spellings match.</summary>
internal static class Polish
{
    public const string Code = "pl";

    public const string Data = """
        [ChestPain]
        bol w klatce | bol w klatce piersiowej | boli mnie w klatce | ucisk w klatce
        sciska mnie w klatce | zawal | atak serca | kluje w klatce
        [Breathing]
        nie moge oddychac | nie moze oddychac | nie oddycha | dusze sie | dusi sie | brak tchu
        brakuje mi powietrza | sine usta | sinieje | zakrztusil*
        [Bleeding]
        krew leci | leci krew | krew tryska | mocno krwawi | krwotok | duzo krwi
        nie przestaje krwawic | krew leci strumieniem | wymiotuje krwia | kaszle krwia
        [SuicideSelfHarm]
        sie zabic | zabic sie | chce sie zabic | nie chce juz zyc
        zabic sie | zabije sie | samobojstw* | chce umrzec | nie chce zyc | skoncze ze soba
        odebrac sobie zycie | tne sie | pociac sie | wszystkie tabletki | skocze | powiesic sie
        [Stroke]
        udar | opadajacy kacik | twarz opadla | belkocze | mowi niewyraznie | przestal mowic
        slaba .. reke | mowic do rzeczy
        [Anaphylaxis]
        puchnie .. gardlo | puchnie .. jezyk | spuchlo .. gardlo
        gardlo .. puchnie | jezyk .. puchnie | spuchniety jezyk | anafila* | wstrzas anafilaktyczny
        nie moge przelknac
        [Fever]
        goraczk* | temperatur* | rozpalon* | stopni
        [Newborn]
        noworod*
        [AgeDay]
        dzien | dni
        [AgeWeek]
        tydzien | tygodnie | tygodni | tyg
        [AgeMonth]
        miesiac | miesiace | miesiecy | mies
        [Duration]
        przez | od kilku
        [HeadHit]
        uderzyl sie w glowe | uderzyla sie w glowe | uraz glowy | upadl .. glow* | wstrzasnienie
        [Unconscious]
        nieprzytomn* | zemdlal* | stracil przytomnosc | stracila przytomnosc
        [Unresponsive]
        nie reaguje | nie odpowiada | nie mozna dobudzic
        [Altered]
        wymiotuje | splatan* | senny | senna
        [AbdominalPain]
        bol brzucha | boli mnie brzuch | boli brzuch | bol w brzuchu
        [Severe]
        strasznie | okropnie
        silny | bardzo silny | nie do zniesienia | okropny | straszny | zwija sie
        [ShockSign]
        blad* | zimny pot | poci sie | szary
        [ArmJaw]
        lewa reka | lewej reki | zuchwa | szczeka | ramie
        [Swelling]
        puchnie
        spuchl* | opuchniet* | puchna usta | obrzek
        [Hives]
        pokrzywka | babl*
        [AllergyTrigger]
        orzesz* | orzech* | pszczola | osa | uzadlil* | penicylin* | antybiotyk* | zastrzyk
        alergi*
        [BleedWord]
        krew | krwawi* | rana | rozcial*
        [Heavy]
        mocno | duzo | strumieniem | tryska | nie przestaje | gleboka
        [Mild]
        troche | lekko | maly | mala | zadrapanie
        [Sudden]
        nagle | naraz
        [NeuroSign]
        slaba .. reka | dretwieje | nie moze mowic | zdretwial*
        [Pregnant]
        ciaza | ciazy | w ciazy
        [Negation]
        nie | bez | nigdy | zadnego | zadnej
        [PostNegation]
        minal | minelo | przeszlo
        [History]
        lat temu | w zeszlym roku | w 19* | w 20*
        [Hypothetical]
        objawy | jakie sa | co robic gdy
        [Idiom]
        umieram z nudow | padam z nog
        [Clinical]
        czy moge brac | czy moge | dawka | lek* | tabletk* | paracetamol | bol glowy | goraczka
        kaszel | normalne | w ciazy
        [Routine]
        wizyta | wizyte | rejestracja | medycyny pracy | badania | zaswiadczenie | oplata
        faktura | adres | parking | parasol | poczekalni | recepta
        [Stopword]
        i | w | nie | na | sie | z | do | mam | ma | jest | czy | to | mnie | mi | moj | moja
        ze | po | od | u | was
        [Presence]
        w | jestem w | jestesmy w | na wakacjach w
        [Poisoning]
        otruł się | otruła się | zatruł się | zatruła się | otruty | otruta | zatruty | zatruta
        zatrucie czadem | czujnik czadu .. piszczy | czujnik czadu .. wyje | ośrodek toksykologiczny
        [Seizure]
        drgawki | drgawek | ma drgawki | dostał drgawek | dostała drgawek | napad padaczki
        atak padaczki | napad padaczkowy | atak epilepsji | drgawki gorączkowe | konwulsj*
        trzęsie się .. nie reaguje
        [Ingested]
        połknął | połknęła | połknęło | połknięty | wypił | wypiła | wypiło | zjadł | zjadła
        zjadło | łyknął | łyknęła | łyknęło
        nałykał* | wylizał
        [Toxin]
        wybielacz | domestos | chlor | płyn do chłodnic | płyn niezamarzający | udrażniacz
        trutka | trutka na szczury | trucizna | trucizny | pestycyd* | środek owadobójczy
        płyn do naczyń | kapsułka do prania | kapsułki do prania | tabletka do zmywarki | bateria
        baterie | baterię | bateryjka | bateryjkę
        bateryjki | bateria guzikowa | magnes* | soda kaustyczna
        amoniak | benzyna | benzynę | nafta
        naftę | rozpuszczalnik | zmywacz | aceton | środek czystości
        środki czystości | tabletki babci | leki babci
        [Medicine]
        tabletki | leki | pigułki | tabletek | leków | tabletkami
        [Child]
        dziecko | dziecku | syn | synek | córka | córeczka | maluch | niemowlę | wnuk | wnuczka
        dzidziuś
        [Idiom]
        zatrucie pokarmowe | napad złości | napad śmiechu | napad paniki | dostanie szału
        [Clinical]
        zatrucie pokarmowe | padaczka | padaczkę | epilepsja
        """;
}
