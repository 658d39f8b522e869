namespace Ward.Triage.Lexicons;

/// <summary>Hindi phrases in Devanagari and in the Latin spelling patients often type.</summary>
internal static class Hindi
{
    public const string Code = "hi";

    public const string Data = """
        [ChestPain]
        सीने में .. दर्द | छाती में .. दर्द | seene me .. dard
        सीने में दर्द | छाती में दर्द | सीने में जकड़न | दिल का दौरा | हार्ट अटैक
        seene me dard | seene mein dard | chhati me dard | chati me dard | dil ka daura
        heart attack aa raha
        [Breathing]
        सांस नहीं ले पा | सांस लेने में दिक्कत | सांस लेने में तकलीफ | सांस नहीं आ रही | दम घुट
        saans nahi le pa | sans nahi aa rahi | saans lene me dikkat | saans lene mein takleef
        dam ghut
        [Bleeding]
        खून रुक नहीं | खून नहीं रुक रहा | khoon ruk nahi | khun ruk nahi | khoon band nahi ho
        बहुत खून | खून नहीं रुक | खून बंद नहीं | bahut khoon | khoon nahi ruk | khun band nahi
        [SuicideSelfHarm]
        मरना चाहता | मरना चाहती | marna chahta | marna chahti
        आत्महत्या | मर जाना चाहता | मर जाना चाहती | जीना नहीं चाहता | जीना नहीं चाहती
        खुद को मार | नींद की गोलियां खा | atmahatya | khudkushi | mar jana chahta | mar jana chahti
        jeena nahi chahta | jina nahi chahti | khud ko maar | goliyan kha li | neend ki goliyan
        zeher kha | zehar pee
        [Stroke]
        लकवा | मुंह टेढ़ा | बोल नहीं पा | lakwa | muh tedha | bol nahi pa raha
        [Anaphylaxis]
        गला सूज | जीभ सूज | gala sooj | jeebh sooj
        [Fever]
        बुखार | bukhar | bukhaar | tap
        [AgeDay]
        din | दिन
        [AgeWeek]
        hafte | हफ्ते | saptah
        [AgeMonth]
        mahine | महीने | mahina
        [HeadHit]
        सिर पर चोट | सिर टकरा | sir pe chot | sar pe chot | sir me chot
        [Unconscious]
        बेहोश | behosh
        [Unresponsive]
        जवाब नहीं दे | jawab nahi de | hil nahi raha
        [AbdominalPain]
        पेट में .. दर्द | pet me .. dard | pet mein .. dard
        पेट में दर्द | pet me dard | pet mein dard | pet dard
        [Severe]
        सहन नहीं | बर्दाश्त नहीं
        बहुत तेज | असहनीय | bahut tez | bardasht nahi
        [ShockSign]
        पसीना | paseena | pasina
        [Swelling]
        सूज गया | सूज गई | chehra sooj | sooj gaya | sooj gayi
        [Hives]
        पित्ती | pitti
        [AllergyTrigger]
        मूंगफली | moongfali | mungfali | मधुमक्खी | madhumakkhi | एलर्जी | allergy
        [BleedWord]
        खून | khoon | khun
        [Negation]
        नहीं | nahi | nahin | bina
        [Clinical]
        khansi | खांसी | dawai | दवा | kya karu | kya karun | kya kare | bukhar | dard | दर्द
        kya me | ultrasound | pregnancy | nuqsan
        [Routine]
        report | naam galat | appointment | ghar pe | blood sample | fees | bill | address
        [Stopword]
        है | में | का | की | के | और | को | से | ने | hai | me | mein | ka | ki | ke | ko | se | ne
        kya | mera | meri | mere | aap | ho | raha | rahi
        [Poisoning]
        ज़हर खा लिया | जहर खा लिया | ज़हर पी लिया | जहर पी लिया | zehar kha liya | zahar kha liya
        zehar pi liya | zahar pi liya
        [Seizure]
        दौरा पड़ | मिर्गी का दौरा | झटके आ रहे
        dora pad | daura pad | mirgi ka daura | jhatke aa rahe
        [Ingested]
        पी लिया | पी ली | निगल लिया | निगल ली | खा लिया | खा ली | pi liya | pi li | nigal liya
        nigal li | kha liya | kha li
        [Toxin]
        ब्लीच | हार्पिक | फिनाइल | चूहे मारने की दवा | कीटनाशक | बैटरी | चुंबक | मिट्टी का तेल
        पेट्रोल | तेज़ाब | bleach | harpic | phenyl | chuhe marne ki dawa | keetnashak | battery
        chumbak | mitti ka tel | petrol | tezab
        [Medicine]
        गोलियां | गोलियाँ | दवाइयां | goliyan | goliya | dawaiyan
        [Child]
        बच्चे ने | बेटे ने | बेटी ने | bachche ne | bacche ne | bete ne | beti ne
        [Idiom]
        फूड पॉइज़निंग | food poisoning
        """;
}
