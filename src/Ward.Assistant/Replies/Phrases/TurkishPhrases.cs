namespace Ward.Assistant.Replies.Phrases;

/// <summary>Ward's own phrases in Turkish.</summary>
internal static class TurkishPhrases
{
    public static PhraseTable Table { get; } = new(
        "tr",
        "Teşekkürler. Mesajınız muayenehane ekibine iletildi; mesai saatlerinde yanıt "
            + "verecekler.",
        "Teşekkürler. Randevu talebiniz danışmada; size bir saat onaylayacaklar.",
        "Bu saatler boş: {0}. İstediğinizi yazarak yanıtlayın.",
        "Teşekkürler. Danışma randevunuzu değiştirmek veya iptal etmek için sizinle "
            + "iletişime geçecek.",
        "Teşekkürler. Reçete talebiniz artık ekip için bir görev. Henüz yazmadıysanız "
            + "ilacın adını ve eczanenizi yazın.",
        "Lütfen kayıt formunu buradan doldurun: {0}",
        "Asistanımızın formu kendi dilinizde doldurmanıza yardım etmesini ister "
            + "misiniz? EVET veya HAYIR yazın.",
        "Ekipten biri en kısa sürede sizinle iletişime geçecek.",
        "Teşekkürler. İhtiyacınız olduğunda bize yazın.",
        "Muayenehane bu bilgiyi başka bir dilde yazmış:");
}
