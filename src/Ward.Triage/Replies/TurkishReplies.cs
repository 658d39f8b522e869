namespace Ward.Triage.Replies;

/// <summary>Turkish safety texts.</summary>
internal static class TurkishReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "tr",
        CallNow: "Hemen {0} numarasını arayın.",
        CallEither: "ABD'deyseniz hemen 911'i, Avrupa'daysanız 112'yi arayın.",
        Crisis: "Ayrıca her zaman 988'i (kriz hattı) arayabilir veya mesaj atabilirsiniz.",
        PoisonControl: "Zehir Danışma Merkezini de arayın: {0}.",
        Alerted: "Nöbetçi hekime haber verildi.",
        AskWhere: "ABD'de mi yoksa Avrupa'da mısınız?",
        Holding: "Teşekkürler. Bir hekim size yanıt verecek. Kötüleşirse veya acil bir durumsa "
            + "{0} numarasını arayın.",
        Either: "911 (ABD) veya 112 (Avrupa)",
        Acknowledgement: "Teşekkürler, mesajınızı aldık, en kısa sürede yanıt vereceğiz.",
        Steps:
        [
            "Her türlü eforu bırakın ve oturun. Kapının kilidini açın.",
            "Dik oturun. Nefes almayan biri varsa kalp masajına başlayın.",
            "Yaraya temiz bir bezle sıkıca bastırın ve bırakmayın.",
            "Kişinin yanında kalın; ilaçları, silahları ve diğer araçları uzaklaştırın.",
            "Bebeği ince giydirin. Talimat olmadan ilaç vermeyin.",
            "Başladığı saati not edin. Yiyecek veya içecek vermeyin.",
            "Varsa adrenalin kalemini kullanın. Uzanın, bacaklarınızı kaldırın.",
            "Kişiyi hareket ettirmeyin ve yalnız bırakmayın.",
            "Hiçbir şey yiyip içmeyin. Yardım gelene kadar uzanın.",
            "Kusturmayın. Kabı veya ambalajı saklayın.",
            "Kişiyi tutmayın, ağzına bir şey koymayın. Yan yatırın ve süreyi ölçün.",
        ]);
}
