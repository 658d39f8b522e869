namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Turkish cue phrases per intent.</summary>
internal static class TurkishCues
{
    public const string Code = "tr";

    public const string Data = """
        [opening_hours] calisma saatleri^5 | calisma saati^5 | acik misiniz^5 | aciliyor^4
        acilis^4
        kapaniyor^4 | kacta^3 | saat kacta^4 | kaca kadar^4 | mesai^4
        [booking] randevu^3 | randevusu^3 | randevu almak^4 | muayene^2 | doktora^2 | bos yer^3
        uygun saat^3
        gelmek istiyorum^2
        [rescheduling] ertelemek^6 | erteleyebilir^6 | degistirmek^4 | randevumu degistir^6
        baska gun^3
        baska saat^3 | kaydirmak^6
        [cancelling] iptal^6 | iptal etmek^7 | gelemeyecegim^5 | gelemiyorum^5
        [refill_request] recete^4 | receteyi^4 | recetemi^4 | ilac^2 | ilaclarim^2 | ilacim^2
        bitti^3
        bitiyor^3 | yenilemek^3 | tekrar yazdirmak^4
        [insurance_accepted] sigorta^4 | sigortam^4 | sgk^5 | ozel sigorta^5 | anlasma^3
        anlasmali^4
        karsiliyor^3 | poliçe^4 | police^4
        [directions] adres^4 | adresiniz^4 | nerede^4 | nasil gelirim^4 | nasil giderim^4
        otopark^4
        park^3 | otobus^3 | metro^2 | tekerlekli sandalye^3 | kat^2 | giris^3 | konum^4
        [intake_form] form^5 | formu^5 | anket^4 | kayit^3 | doldurmak^3 | bilgi formu^5
        [billing_question] sigortasiz^6 | sigortasız^6 | fatura^4 | odeme^3 | odemek^3
        ne kadar^4 | ucret^4 | ucreti^4 | fiyat^4
        fiyati^4 | makbuz^3 | iade^3 | kredi karti^2 | muayene ucreti^5
        [speak_to_person] konusmak^4 | biriyle^4 | bir insanla^5 | danisma^4 | sekreter^4
        beni arayin^5
        arar misiniz^5 | yetkili^4 | operator^4
        [question] asi^4 | aşı^4 | asisi^4 | asilar^4
        [small_talk] tesekkurler | tesekkur ederim | sagol | tamam | ok | merhaba | selam
        harika | super
        gunaydin | anladim | iyi gunler
        [clinical] normal mi | bu normal mi | almali miyim | ilac .. alabilir miyim
        ne kadar almaliyim | kac mg
        kac tane | hangi doz | doz | yan etki | yan etkileri | tehlikeli mi | ciddi mi
        endiselenmeli
        antibiyotik | birakabilir miyim | birakmali miyim | bulasici | ne anlama | alkolle
        verebilir miyim | vermeli miyim
        """;
}
