namespace Ward.Triage.Lexicons;

/// <summary>
/// Places that decide the emergency number when the text says the patient is there now. Not a
/// language: names are listed in the spellings patients use (English, local, Cyrillic and
/// Latin transliterations). The groups mean "which number works there": the US group also
/// holds Canada and Mexico (911), the Europe group the United Kingdom, Switzerland, Norway,
/// Serbia and Turkey (112).
/// </summary>
internal static class Gazetteer
{
    public const string Code = "places";

    public const string Data = """
        [PlaceUS]
        canada | canadá | mexico | méxico | мексико | канада | toronto | vancouver | montreal
        cancun | cancún | tijuana | guadalajara | monterrey | ciudad de mexico | cdmx
        usa | the us | the states | united states | america | estados unidos | eeuu | сащ
        sasht | sast | amerika | америка | щатите
        alabama | alaska | arizona | arkansas | california | colorado | connecticut | delaware
        florida | georgia | hawaii | idaho | illinois | indiana | iowa | kansas | kentucky
        louisiana | maine | maryland | massachusetts | michigan | minnesota | mississippi
        missouri | montana | nebraska | nevada | new hampshire | new jersey | new mexico
        new york | north carolina | north dakota | ohio | oklahoma | oregon | pennsylvania
        rhode island | south carolina | south dakota | tennessee | texas | utah | vermont
        virginia | washington | west virginia | wisconsin | wyoming | puerto rico | тексас
        флорида | калифорния | ню йорк | чикаго | маями | лас вегас | лос анджелис | бостън
        nueva york | florida | miami | maiami | maami | orlando | chicago | los angeles
        san francisco | seattle | boston | houston | dallas | austin | atlanta | phoenix
        las vegas | denver | philadelphia | san diego | san antonio | detroit | nashville
        new orleans | honolulu | portland | charlotte | tampa | brooklyn | manhattan | nyc
        [PlaceEU]
        europe | европа | evropa | europa | bulgaria | българия | balgaria | bulgaria
        spain | españa | espana | испания | ispania | france | francia | франция | germany
        deutschland | alemania | германия | germania | italy | italia | италия | portugal
        greece | гърция | grecia | austria | австрия | belgium | netherlands | holland
        holanda | ireland | poland | polonia | полша | romania | румъния | rumania | hungary
        czechia | czech republic | slovakia | slovenia | croatia | хърватия | serbia | сърбия
        denmark | sweden | finland | norway | estonia | latvia | lithuania | luxembourg
        malta | cyprus | кипър | switzerland | uk | england | scotland | wales | britain
        united kingdom | англия | великобритания | turkey | турция | turcia | macedonia
        sofia | софия | plovdiv | пловдив | varna | варна | burgas | бургас | ruse | русе
        stara zagora | стара загора | pleven | плевен | bansko | банско | sunny beach
        слънчев бряг | madrid | мадрид | barcelona | барселона | valencia | sevilla | seville
        malaga | mallorca | ibiza | tenerife | canarias | paris | париж | lyon | marseille
        berlin | берлин | munich | münchen | мюнхен | hamburg | frankfurt | cologne | köln
        rome | roma | рим | milan | milano | милано | venice | venezia | florence | firenze
        naples | napoli | lisbon | lisboa | лисабон | porto | athens | атина | atina | athina
        thessaloniki | солун | solun | crete | vienna | wien | виена | amsterdam | амстердам
        brussels | bruxelles | dublin | prague | praha | прага | warsaw | warszawa | krakow
        bucharest | bucurești | bucuresti | букурещ | budapest | будапеща | zagreb
        dubrovnik | belgrade | beograd | белград | copenhagen | stockholm | oslo | helsinki
        london | лондон | manchester | edinburgh | zurich | zürich | geneva | istanbul
        истанбул | antalya | skopje | скопие | ljubljana | bratislava | tallinn | riga | vilnius
        """;
}
