namespace Ward.Triage.Lexicons;

/// <summary>
/// Vietnamese phrases. Tone marks fold, so phrases also match text typed without them; keep
/// phrases to two syllables or more, since single syllables collide once marks are gone.
/// </summary>
internal static class Vietnamese
{
    public const string Code = "vi";

    public const string Data = """
        [ChestPain]
        dau nguc | tuc nguc | nhoi nguc | nhoi tim | dau tim | nhoi mau co tim
        [Breathing]
        khong tho duoc | kho tho | ngat tho | ngung tho | tim tai | moi tim | bi hoc
        [Bleeding]
        chay mau nhieu | mau chay khong ngung | xuat huyet | ho ra mau | non ra mau
        [SuicideSelfHarm]
        tu tu | muon chet | khong muon song | tu sat | cat tay | uong het thuoc | nhay lau
        [Stroke]
        dot quy | tai bien | meo mieng | noi ngong | liet nua nguoi
        [Anaphylaxis]
        sung hong | sung luoi | soc phan ve | phan ve | kho nuot
        [Fever]
        sot | nong | do c | do f
        [Newborn]
        so sinh
        [AgeDay]
        ngay tuoi
        [AgeWeek]
        tuan tuoi | tuan
        [AgeMonth]
        thang tuoi | thang
        [HeadHit]
        dap dau | te dap dau | chan thuong dau | va dau
        [Unconscious]
        bat tinh | ngat xiu | ngat di | hon me
        [Unresponsive]
        khong phan ung | goi khong tinh
        [Altered]
        oi lien tuc | non lien tuc | lo mo
        [AbdominalPain]
        dau bung | bung .. dau
        [Severe]
        du doi | dau quan | khong chiu noi | khong dung thang duoc | rat dau
        [ShockSign]
        xanh xao | va mo hoi | mo hoi lanh | tai nhot
        [Swelling]
        sung moi | sung mat | sung mat | sung phu
        [Hives]
        me day | noi man
        [AllergyTrigger]
        dau phong | lac | tom | ong dot | penicillin | khang sinh | di ung
        [BleedWord]
        chay mau | mau
        [Heavy]
        rat nhieu | khong ngung | khong cam
        [Sudden]
        dot ngot | tu nhien
        [Pregnant]
        mang thai | co thai | co bau
        [Negation]
        khong | chua
        [PostNegation]
        het roi | khoi roi
        [Clinical]
        uong thuoc | thuoc | duoc khong | co sao khong | mat ngu | sot | dau | ho
        [Routine]
        dat lich | lich hen | thanh toan | hoa don | dia chi | bai dau xe | cho cho tre em | zelle
        phong kham co
        [Stopword]
        toi | cua | co | khong | la | va | con | nay | em | anh | chi | duoc | bi
        [Presence]
        o | dang o
        [Poisoning]
        bi ngo doc | ngo doc khi than | ngo doc khi co
        [Seizure]
        co giat | dang co giat | len con dong kinh | dong kinh | sot cao co giat | sui bot mep
        [Ingested]
        uong | uong phai | nuot | nuot phai | an phai | da uong | da nuot
        [Toxin]
        thuoc tay | nuoc tay | javel | chat chong dong | thuoc chuot | thuoc tru sau | thuoc diet co
        chat doc | bot giat | vien giat | pin | pin cuc ao
        nam cham | xut | xang | dau hoa | axeton
        thuoc cua ba | thuoc cua ong
        [Medicine]
        thuoc | vien thuoc
        [Child]
        con toi | con em | con minh | em be | con be | chau
        [Idiom]
        ngo doc thuc pham
        """;
}
