namespace BackPlan.Clinical.Content;

/// <summary>
/// The Polish words of every exercise, keyed by code, written for patients in the "Ty" form a
/// Polish physiotherapist uses in a home exercise leaflet. The English library stays the source
/// of truth: only words live here, lists keep the English order and length.
/// </summary>
public static partial class ExerciseLibrary
{
    private const string FlarePl = "W czasie zaostrzenia ruszaj się w mniejszym zakresie i rób mniej powtórzeń; lekki dyskomfort jest w porządku, ostry lub narastający ból oznacza, że trzeba odpuścić.";
    private const string LegSymptomsPl = "Jeśli ból, mrowienie lub drętwienie schodzi niżej w nogę, przerwij ćwiczenie i powiedz o tym terapeucie.";
    private const string NoBreathHoldPl = "Oddychaj spokojnie przez cały czas; nie wstrzymuj oddechu.";
    private const string HipReplacementPl = "Uważaj, jeśli masz endoprotezę biodra; zapytaj, które pozycje są dla Ciebie bezpieczne.";
    private const string KneelingPl = "Jeśli klęczenie boli Cię w kolana, podłóż pod nie złożony ręcznik.";

    private sealed record Text(
        string Name,
        string Purpose,
        IReadOnlyList<string> Steps,
        IReadOnlyList<string> Easier,
        IReadOnlyList<string> Harder,
        IReadOnlyList<string> Cautions);

    private static readonly Dictionary<string, Text> Polish = new(StringComparer.Ordinal)
    {
        ["pelvic_tilt"] = new(
            "Pochylanie miednicy",
            "Delikatnie porusza dolnym odcinkiem pleców w małym zakresie i budzi mięśnie brzucha. Dobre ćwiczenie na początek, gdy plecy są sztywne lub obolałe.",
            [
                "Połóż się na plecach, zegnij kolana i postaw stopy płasko na podłodze, na szerokość bioder.",
                "Zrób wydech i delikatnie dociśnij dolną część pleców do podłogi, odchylając górny brzeg miednicy do tyłu.",
                "Zrób wdech i pozwól plecom wrócić do ich naturalnego, niewielkiego wygięcia.",
                "Powoli kołysz się między tymi dwiema pozycjami, pozostając w wygodnym zakresie.",
            ],
            ["Zmniejsz ruch albo ćwicz w leżeniu z poduszką pod kolanami."],
            ["Wykonuj ćwiczenie siedząc na krześle albo stojąc plecami przy ścianie."],
            [FlarePl]),
        ["knee_to_chest"] = new(
            "Kolano do klatki piersiowej",
            "Wydłuża mięśnie dolnej części pleców i pośladka oraz ułatwia skłon w przód.",
            [
                "Połóż się na plecach, oba kolana zegnij, stopy oprzyj płasko.",
                "Przyciągnij jedno kolano w stronę klatki piersiowej i przytrzymaj je obiema rękami za udem.",
                "Pozwól, by dolna część pleców rozluźniła się na podłodze, i wytrzymaj, spokojnie oddychając.",
                "Opuść nogę i powtórz z drugą.",
            ],
            ["Zamiast sięgać rękami, załóż ręcznik za udo i trzymaj jego końce.", "Przyciągaj kolano tylko częściowo."],
            ["Przyciągnij oba kolana jednocześnie i delikatnie je obejmij."],
            [FlarePl, "Jeśli skłon w przód nasila ból nogi, zanim zaczniesz to ćwiczenie, zapytaj terapeutę."]),
        ["lumbar_rotation"] = new(
            "Kołysanie kolan (skręty dolnej części tułowia)",
            "Rozluźnia dolny odcinek pleców łagodnym ruchem skrętnym i pomaga puścić napięte mięśnie.",
            [
                "Połóż się na plecach, zegnij kolana, złącz stopy i oprzyj je płasko, ręce rozłóż na boki.",
                "Powoli opuść oba kolana na jedną stronę, tak daleko, jak jest wygodnie, z barkami przy podłodze.",
                "Wróć kolanami do środka i opuść je na drugą stronę.",
                "Utrzymuj wolny, swobodny rytm, jak wahadło.",
            ],
            ["Przesuwaj kolana tylko trochę w każdą stronę."],
            ["Na końcu ruchu w każdą stronę zatrzymaj się na kilka oddechów."],
            [FlarePl]),
        ["cat_camel"] = new(
            "Koci grzbiet",
            "Porusza całym kręgosłupem, zaokrąglając go i wyginając, co zmniejsza sztywność pleców i otaczających je tkanek.",
            [
                "Uklęknij w podporze na dłoniach i kolanach: dłonie pod barkami, kolana pod biodrami.",
                "Powoli zaokrąglij plecy w stronę sufitu i swobodnie opuść głowę.",
                "Następnie powoli pozwól plecom opaść w łagodne wygięcie i unieś wzrok.",
                "Przechodź płynnie między tymi pozycjami, nie wchodząc w ból.",
            ],
            ["Ruszaj się tylko w środkowej części zakresu.", "Ćwicz siedząc na krześle, z dłońmi na kolanach."],
            ["Zatrzymaj się w każdej skrajnej pozycji na dwa oddechy."],
            [FlarePl, KneelingPl]),
        ["childs_pose"] = new(
            "Rozciąganie w pozycji dziecka",
            "Spokojne rozciąganie pleców, szerokiej warstwy powięzi na dolnej części pleców i boków tułowia.",
            [
                "Uklęknij w podporze na dłoniach i kolanach.",
                "Cofnij pośladki w stronę pięt i przesuń dłonie do przodu po podłodze.",
                "Pozwól klatce piersiowej opaść, a plecom się wydłużyć; oddychaj powoli, kierując oddech w tylną część żeber.",
                "Przesuń dłonie nieco w jedną stronę, by rozciągnąć przeciwny bok, a potem w drugą.",
            ],
            ["Włóż poduszkę między łydki a pośladki albo pod klatkę piersiową."],
            ["Zostań w pozycji dłużej i sięgnij dłońmi dalej do przodu."],
            [FlarePl, "Pomiń to ćwiczenie, jeśli głęboki klęk boli Cię w kolana lub biodra."]),
        ["prone_press_up"] = new(
            "Unoszenie tułowia w leżeniu przodem",
            "Ułatwia odchylanie się do tyłu i delikatnie rozciąga przód tułowia.",
            [
                "Połóż się na brzuchu, dłonie oprzyj pod barkami.",
                "Z rozluźnionymi biodrami i brzuchem na podłodze powoli unieś górną część ciała, opierając się na przedramionach.",
                "Wytrzymaj przez jeden lub dwa oddechy, potem powoli opuść tułów.",
                "Jeśli to jest wygodne, przejdź do unoszenia się na wyprostowanych rękach.",
            ],
            ["Po prostu poleż na brzuchu albo oprzyj się na przedramionach przez minutę."],
            ["Unieś się na wyprostowanych rękach i w górnej pozycji zrób wydech, pozwalając plecom opaść jeszcze trochę."],
            [FlarePl, "Przerwij, jeśli ból schodzi dalej w nogę; ból, który wycofuje się w stronę kręgosłupa, jest w porządku."]),
        ["standing_back_extension"] = new(
            "Odchylenie do tyłu w staniu",
            "Szybka przerwa od siedzenia, w której plecy poruszają się w kierunku przeciwnym do garbienia się.",
            [
                "Stań w lekkim rozkroku i połóż dłonie z tyłu na biodrach.",
                "Patrz przed siebie i delikatnie odchyl się do tyłu w talii, podpierając się dłońmi.",
                "Wróć do pozycji wyprostowanej.",
            ],
            ["Odchylaj się tylko trochę albo ćwicz, opierając pośladki o krawędź stołu."],
            ["Odchylając się, unieś ręce nad głowę."],
            ["Przytrzymaj się czegoś stabilnego, jeśli kręci Ci się w głowie lub tracisz równowagę.", LegSymptomsPl]),
        ["standing_side_bend"] = new(
            "Skłon boczny w staniu",
            "Uwalnia ruch zginania w bok i rozluźnia głębokie mięśnie z boku dolnej części pleców.",
            [
                "Stań prosto, stopy na szerokość bioder, ręce wzdłuż ciała.",
                "Przesuwaj jedną dłoń w dół po zewnętrznej stronie uda, pochylając się w bok, bez pochylania się w przód ani w tył.",
                "Wróć do pozycji wyprostowanej i powtórz w drugą stronę.",
                "Jeśli terapeuta tak zalecił, zrób kilka powtórzeń więcej w stronę sztywniejszą.",
            ],
            ["Wykonuj ćwiczenie siedząc na krześle."],
            ["Pochylając się, przenieś górną rękę nad głową."],
            [FlarePl]),
        ["side_reach_stretch"] = new(
            "Rozciąganie boku z sięgnięciem ręką",
            "Dłuższe rozciąganie boku tułowia, od biodra aż po pachę.",
            [
                "Stań bokiem do ściany, mniej więcej na długość ręki od niej, ze stopą dalszą od ściany skrzyżowaną za stopą bliższą.",
                "Unieś dalszą rękę i sięgnij nią nad głową w stronę ściany.",
                "Pozwól biodru po rozciąganej stronie odsunąć się od ściany, aż poczujesz rozciąganie wzdłuż boku.",
                "Wytrzymaj, oddychając, potem zmień stronę.",
            ],
            ["Ćwicz siedząc, sięgając jedną ręką nad głową."],
            ["Trzymaj lekki ciężarek w sięgającej dłoni albo zostań w pozycji dłużej."],
            ["Jeśli bolą Cię barki, rozciągaj się łagodnie."]),
        ["hamstring_stretch"] = new(
            "Rozciąganie tyłu uda z ręcznikiem",
            "Wydłuża mięśnie z tyłu uda (kulszowo-goleniowe), co ułatwia skłon w przód i sięganie do stóp.",
            [
                "Połóż się na plecach, jedną nogę zegnij w kolanie, stopę oprzyj płasko.",
                "Załóż ręcznik lub pasek na stopę drugiej nogi i unieś tę nogę, z kolanem prawie wyprostowanym.",
                "Unoś nogę, aż poczujesz rozciąganie z tyłu uda, i wytrzymaj.",
                "Powoli opuść nogę i zmień stronę.",
            ],
            ["Trzymaj kolano nieco bardziej zgięte."],
            ["Usiądź na brzegu krzesła z jedną nogą wyprostowaną i pochyl się do przodu w biodrach."],
            ["Rozciąganie masz czuć w udzie; mrowienie lub ból poniżej kolana oznacza, że naciągasz nerw, więc zmniejsz zakres.", LegSymptomsPl]),
        ["hip_flexor_stretch"] = new(
            "Rozciąganie zginaczy biodra w półklęku",
            "Rozciąga przód biodra, który skraca się przy wielu godzinach siedzenia i może ciągnąć dolny odcinek pleców.",
            [
                "Uklęknij na jedno kolano, drugą stopę postaw płasko przed sobą, jak rycerz.",
                "Lekko podwiń kość ogonową i napnij pośladek po stronie klęczącej nogi.",
                "Przenieś ciężar ciała do przodu, aż poczujesz rozciąganie z przodu biodra klęczącej nogi.",
                "Wytrzymaj z wyprostowanym tułowiem, potem zmień stronę.",
            ],
            ["Ćwicz na stojąco w długim wykroku, trzymając się krzesła, z uniesioną piętą tylnej nogi."],
            ["Unieś rękę po stronie klęczącej nogi nad głowę i lekko przechyl się w przeciwną stronę."],
            ["Podłóż poduszkę pod klęczące kolano.", "Nie wyginaj dolnej części pleców, żeby mocniej się rozciągnąć."]),
        ["piriformis_stretch"] = new(
            "Rozciąganie pośladka w pozycji „czwórki”",
            "Rozciąga głębokie mięśnie pośladka, które przy bólu pleców bywają napięte lub tkliwe.",
            [
                "Połóż się na plecach, oba kolana zegnij.",
                "Połóż kostkę jednej nogi na kolanie drugiej, tak by nogi ułożyły się w kształt cyfry cztery.",
                "Chwyć udo dolnej nogi i delikatnie przyciągnij je do siebie, aż poczujesz rozciąganie w pośladku nogi założonej.",
                "Wytrzymaj, oddychając, potem zmień stronę.",
            ],
            ["Zostaw stopę dolnej nogi na podłodze i delikatnie odpychaj założone kolano od siebie."],
            ["Ćwicz siedząc na krześle i pochyl się do przodu w biodrach z prostymi plecami."],
            [LegSymptomsPl, HipReplacementPl]),
        ["glute_stretch"] = new(
            "Kolano do przeciwległego barku",
            "Rozciąga duże mięśnie pośladkowe i zewnętrzną stronę biodra.",
            [
                "Połóż się na plecach z nogami wyprostowanymi lub zgiętymi w kolanach.",
                "Zegnij jedno kolano i chwyć je przeciwną ręką.",
                "Przyciągaj kolano w poprzek ciała w stronę przeciwległego barku, aż poczujesz rozciąganie w pośladku.",
                "Wytrzymaj, oddychając, potem zmień stronę.",
            ],
            ["Przesuwaj kolano tylko do połowy drogi."],
            ["Oprzyj stopę rozciąganej nogi na udzie drugiej nogi i przyciągnij obie do siebie."],
            [LegSymptomsPl, HipReplacementPl]),
        ["hip_circles"] = new(
            "Krążenia biodra w staniu",
            "Utrzymuje swobodę ruchu bioder i mięśni pośladkowych, co odciąża plecy.",
            [
                "Stań bokiem do krzesła lub blatu i lekko się go przytrzymaj.",
                "Jeśli to wygodne, unieś kolano dalszej nogi do wysokości biodra.",
                "Zataczaj kolanem powolne koła, na zewnątrz i w dół, jak przy przestępowaniu przez niski płotek.",
                "Zrób krążenia w przeciwną stronę, potem zmień nogę.",
            ],
            ["Rób małe koła, z kolanem nisko."],
            ["Puść podparcie, żeby przy okazji ćwiczyć równowagę."],
            ["Trzymaj się podparcia, jeśli nie masz pewnej równowagi."]),
        ["leg_swings"] = new(
            "Wymachy nogi w przód i w tył",
            "Rozluźnia przód i tył biodra oraz uda swobodnym, rytmicznym ruchem.",
            [
                "Stań bokiem do ściany lub krzesła i przytrzymaj się jedną ręką.",
                "Stań prosto na nodze bliższej podparcia.",
                "Delikatnie wymachuj drugą nogą w przód i w tył, z nieruchomym tułowiem.",
                "Gdy biodro się rozluźni, trochę zwiększ wymach, potem zmień nogę.",
            ],
            ["Rób małe i wolne wymachy."],
            ["Wymachuj nieco wyżej i szybciej, jako rozgrzewkę przed marszem lub biegiem."],
            [LegSymptomsPl]),
        ["thoracic_rotation"] = new(
            "Otwieranie książki (skręt górnej części pleców)",
            "Uwalnia skręt w górnej części pleców, dzięki czemu dolny odcinek nie musi tak bardzo się skręcać.",
            [
                "Połóż się na boku z kolanami podciągniętymi do wysokości bioder i rękami wyprostowanymi przed sobą, dłonie razem.",
                "Trzymając kolana razem i na podłodze, unieś górną rękę i otwórz ją na drugą stronę, wodząc za nią wzrokiem.",
                "Pozwól górnej części pleców skręcić się tak daleko, jak jest wygodnie, potem wróć ręką.",
                "Zrób wszystkie powtórzenia na jedną stronę, potem obróć się na drugi bok.",
            ],
            ["Ćwicz siedząc, z rękami skrzyżowanymi na klatce piersiowej, obracając barki w jedną i drugą stronę."],
            ["W pozycji otwartej zatrzymaj się na dwa powolne oddechy."],
            ["Podłóż poduszkę pod głowę, żeby szyja była w jednej linii z tułowiem."]),
        ["thoracic_extension"] = new(
            "Wyprost górnej części pleców na oparciu krzesła",
            "Przeciwdziała zaokrąglaniu górnej części pleców przy siedzeniu i pracy przy ekranie.",
            [
                "Usiądź na krześle ze stabilnym oparciem sięgającym dolnych kątów łopatek.",
                "Podeprzyj głowę dłońmi, łokcie skieruj do przodu.",
                "Odchyl się do tyłu przez górną krawędź oparcia, pozwalając górnej części pleców wygiąć się do tyłu, a dolny odcinek niech pozostanie nieruchomy.",
                "Wróć do pozycji wyprostowanej i powtórz.",
            ],
            ["Skrzyżuj ręce na klatce piersiowej i zmniejsz zakres ruchu."],
            ["Połóż się na zwiniętym ręczniku ułożonym w poprzek górnej części pleców i swobodnie oprzyj ręce za głową na podłodze."],
            ["Ruch ma się odbywać w górnej części pleców; przerwij, jeśli poczujesz ukłucie w dolnym odcinku."]),
        ["posture_reset"] = new(
            "Odświeżenie pozycji siedzącej",
            "Krótka sekwencja, która zmienia pozycję i budzi mięśnie utrzymujące ciało w pionie. Nie ma jednej właściwej postawy; pomaga przechodzenie od jednej do drugiej.",
            [
                "Usiądź bliżej przedniej krawędzi krzesła, obie stopy oprzyj płasko.",
                "Zgarb się całkowicie, a potem powoli wyprostuj się kręg po kręgu, jakby sznurek ciągnął czubek głowy do góry.",
                "Delikatnie ściągnij łopatki do tyłu i w dół, lekko cofnij brodę.",
                "Weź trzy powolne oddechy, potem rozluźnij się w wygodnej pozycji z podparciem.",
            ],
            ["Zamiast tego po prostu wstań i przejdź kilka kroków."],
            ["Dodaj dziesięć ściągnięć łopatek i odchylenie do tyłu w staniu."],
            ["Nie trzymaj wyprostowanej pozycji sztywno przez długi czas; wygodnie i zmiennie jest lepsze niż „idealnie”."]),
        ["curl_up"] = new(
            "Unoszenie głowy i barków (curl-up)",
            "Buduje wytrzymałość przednich mięśni brzucha bez dużego zginania dolnego odcinka pleców.",
            [
                "Połóż się na plecach, jedną nogę zegnij w kolanie, drugą wyprostuj.",
                "Wsuń dłonie, wnętrzem w dół, pod lędźwie, żeby zachować ich naturalne wygięcie.",
                "Unieś głowę i barki razem, tylko odrobinę nad podłogę, bez przyciągania brody do klatki piersiowej.",
                "Wytrzymaj kilka sekund, oddychając, potem opuść. W połowie serii zmień nogę zgiętą.",
            ],
            ["Unoś tylko głowę, a barki zostaw na podłodze.", "Wytrzymuj krócej."],
            ["Unieś także łokcie nad podłogę.", "Wytrzymuj dłużej, stopniowo dochodząc do 10 sekund."],
            [FlarePl, NoBreathHoldPl]),
        ["side_bridge"] = new(
            "Podpór bokiem",
            "Buduje wytrzymałość mięśni bocznych tułowia, które stabilizują kręgosłup przy noszeniu i podnoszeniu.",
            [
                "Połóż się na boku, oprzyj się na przedramieniu z łokciem pod barkiem, kolana zegnij.",
                "Unieś biodra tak, by ciało tworzyło prostą linię od kolan do głowy.",
                "Wytrzymaj, spokojnie oddychając, potem łagodnie opuść biodra.",
                "Powtórz na drugim boku.",
            ],
            ["Stań i oprzyj się bokiem przedramieniem o ścianę."],
            ["Wyprostuj nogi i unoś się ze stóp.", "Powoli przetaczaj się z jednego boku na drugi przez podpór przodem (deskę)."],
            ["Jeśli boli Cię bark, pomiń ćwiczenie albo wykonuj wersję przy ścianie.", NoBreathHoldPl]),
        ["bird_dog"] = new(
            "Pies i ptak (bird-dog)",
            "Uczy mięśnie pleców i bioder utrzymywać stabilny kręgosłup, gdy ręce i nogi są w ruchu.",
            [
                "Uklęknij w podporze na dłoniach i kolanach, dłonie pod barkami, kolana pod biodrami, plecy w naturalnym ułożeniu.",
                "Powoli wysuń jedną nogę do tyłu i unieś ją do wysokości biodra, jednocześnie sięgając przeciwną ręką do przodu.",
                "Wytrzymaj kilka sekund, nie pozwalając plecom opaść ani się skręcić.",
                "Wróć i powtórz na drugą stronę.",
            ],
            ["Unoś tylko rękę albo tylko wysuwaj nogę do tyłu po podłodze."],
            ["Utrzymując pozycję, narysuj dłonią i stopą mały kwadrat.", "Wytrzymuj dłużej, stopniowo dochodząc do 10 sekund."],
            [KneelingPl, FlarePl]),
        ["dead_bug"] = new(
            "Martwy robak (dead bug)",
            "Uczy głębokie mięśnie brzucha utrzymywać stabilne plecy, gdy kończyny są w ruchu.",
            [
                "Połóż się na plecach, zegnij biodra i kolana pod kątem 90 stopni, stopy w powietrzu, ręce wyciągnięte w stronę sufitu.",
                "Delikatnie napnij brzuch, tak by plecy pozostały nieruchomo na podłodze.",
                "Powoli opuszczaj jedną piętę w stronę podłogi, a przeciwną rękę za głowę.",
                "Wróć i zmień stronę.",
            ],
            ["Trzymaj stopy na podłodze i wysuwaj po kolei jedną piętę."],
            ["Prostuj nogę bardziej albo trzymaj w dłoniach lekki ciężarek."],
            [NoBreathHoldPl, FlarePl]),
        ["glute_bridge"] = new(
            "Mostek biodrowy",
            "Wzmacnia mięśnie pośladkowe, które dzielą z plecami pracę przy staniu, wchodzeniu po schodach i podnoszeniu.",
            [
                "Połóż się na plecach, zegnij kolana, stopy oprzyj płasko na szerokość bioder.",
                "Napnij pośladki i unieś biodra, aż ciało utworzy prostą linię od kolan do barków.",
                "Wytrzymaj chwilę, nie wyginając dolnego odcinka pleców.",
                "Powoli opuszczaj plecy, odcinek po odcinku.",
            ],
            ["Unoś biodra tylko trochę."],
            ["W czasie mostka unieś jedną stopę nad podłogę.", "Oprzyj barki o kanapę i rób mostek z tej pozycji."],
            ["Pracę masz czuć w pośladkach, nie w dolnym odcinku pleców; jeśli plecy przejmują ruch, unoś biodra niżej."]),
        ["clamshell"] = new(
            "Muszelka (clamshell)",
            "Wzmacnia mięśnie z boku biodra, które utrzymują miednicę w poziomie podczas chodzenia.",
            [
                "Połóż się na boku ze zgiętymi biodrami i kolanami, stopy razem, głowa oparta na ręce.",
                "Trzymaj stopy złączone i unieś górne kolano, otwierając nogi jak muszlę.",
                "Nie pozwól, by miednica przetoczyła się do tyłu.",
                "Powoli opuść kolano. Zrób wszystkie powtórzenia, potem zmień stronę.",
            ],
            ["Otwieraj nogi tylko trochę."],
            ["Załóż taśmę oporową na uda.", "Unieś też górną stopę, trzymając ją na wysokości kolana."],
            [HipReplacementPl]),
        ["hip_hinge"] = new(
            "Zawias biodrowy (skłon z bioder)",
            "Ćwiczy pochylanie się do przodu z bioder – ruch, na którym opiera się podnoszenie, sięganie po rzeczy i wiele domowych czynności.",
            [
                "Stań ze stopami na szerokość bioder i lekko ugiętymi kolanami.",
                "Przytrzymaj kij od szczotki wzdłuż pleców tak, by dotykał tyłu głowy, miejsca między łopatkami i kości krzyżowej.",
                "Cofnij biodra i pochyl tułów do przodu, utrzymując kontakt kija we wszystkich trzech punktach.",
                "Wróć do stania, napinając pośladki i wypychając biodra do przodu.",
            ],
            ["Pomiń kij i oprzyj dłonie na udach, przesuwając je w stronę kolan."],
            ["Trzymaj oburącz lekką torbę lub odważnik (kettlebell).", "Wykonuj skłon na jednej nodze, trzymając się krzesła dla równowagi."],
            ["Zginanie pleców nie jest niebezpieczne; zawias biodrowy to trening mocnego sposobu podnoszenia, a nie jedyny bezpieczny sposób."]),
        ["sit_to_stand"] = new(
            "Wstawanie z krzesła",
            "Buduje siłę nóg i pewność przy wstawaniu z krzesła, z samochodu i z toalety.",
            [
                "Usiądź bliżej przedniej krawędzi stabilnego krzesła, stopy płasko, lekko rozstawione.",
                "Pochyl się trochę do przodu, tak by nos znalazł się nad palcami stóp.",
                "Wstań, odpychając się stopami od podłogi, jeśli możesz – bez pomocy rąk.",
                "Powoli usiądź z powrotem, sięgając pośladkami do siedziska.",
            ],
            ["Użyj wyższego siedziska albo odpychaj się dłońmi od ud."],
            ["Użyj niższego siedziska, rób to wolniej albo trzymaj ciężarek przy klatce piersiowej."],
            ["Miej za sobą stabilne krzesło; jeśli nie masz pewnej równowagi, zacznij od wyższego siedziska."]),
        ["step_ups"] = new(
            "Wchodzenie na stopień",
            "Wzmacnia nogi i biodra do chodzenia po schodach, pod górę i na co dzień.",
            [
                "Stań przodem do najniższego stopnia schodów, trzymając się poręczy.",
                "Wejdź jedną stopą na stopień i odepchnij się piętą tej nogi, by dostawić drugą stopę.",
                "Zejdź w kontrolowany sposób, zaczynając od tej samej stopy.",
                "Zrób wszystkie powtórzenia, prowadząc jedną nogą, potem zmień nogę.",
            ],
            ["Użyj niższego stopnia i trzymaj się obiema rękami."],
            ["Użyj wyższego stopnia albo trzymaj torbę z zakupami w przeciwnej ręce."],
            ["Zawsze trzymaj się poręczy; przerwij, jeśli boli Cię kolano."]),
        ["loaded_carry"] = new(
            "Spacer z walizką",
            "Uczy tułów utrzymywać wyprostowaną pozycję, gdy niesiesz coś w jednej ręce, na przykład torbę z zakupami.",
            [
                "Weź torbę lub butelkę z wodą do jednej ręki, ręka wzdłuż ciała.",
                "Stań prosto, nie przechylając się ani w stronę ciężaru, ani od niego.",
                "Idź powoli około 20 kroków, oddychając normalnie.",
                "Odstaw ciężar, zmień rękę i wróć.",
            ],
            ["Użyj lekkiego ciężaru albo nieś torbę w każdej ręce."],
            ["Użyj cięższej torby, przejdź dłuższy odcinek albo wnieś ją po kilku stopniach."],
            ["Zacznij od lekkiego ciężaru: takiego, który można by bez trudu nieść dwa razy dalej."]),
        ["graded_lifting"] = new(
            "Stopniowy trening podnoszenia",
            "Odbudowuje pewność i możliwości przy podnoszeniu: zaczynasz od lekkich rzeczy i co jakiś czas dokładasz trochę ciężaru.",
            [
                "Postaw lekkie pudełko lub torbę na siedzisku krzesła. Stań blisko, w lekkim rozkroku.",
                "Zegnij biodra i kolana, chwyć przedmiot blisko siebie i wstań z nim.",
                "Odłóż go w ten sam sposób, bez pośpiechu.",
                "Z tygodnia na tydzień podnoś z niższego miejsca (ze stopnia, potem z podłogi) i powoli dokładaj ciężaru.",
            ],
            ["Podnoś z wysokości stołu i używaj bardzo lekkiego przedmiotu."],
            ["Podnoś z podłogi, stopniowo dokładaj ciężaru albo podnieś przedmiot i obróć się, by odłożyć go na półkę."],
            ["Każdy kolejny krok zaplanuj z terapeutą; dokładaj ciężaru dopiero wtedy, gdy poprzedni poziom następnego dnia okazał się do zniesienia."]),
        ["graded_walking"] = new(
            "Stopniowe wydłużanie spacerów",
            "Chodzenie to jedna z najlepszych rzeczy dla bolących pleców. Zwiększanie dystansu w zaplanowanych krokach poprawia kondycję i pewność siebie.",
            [
                "Sprawdź, jak długo możesz dziś wygodnie iść, nawet jeśli to tylko 5 minut. To Twój czas wyjściowy.",
                "Spaceruj tyle raz lub dwa razy dziennie, w spokojnym, równym tempie.",
                "Co kilka dni dodaj 1–2 minuty, jeśli poprzednie spacery następnego dnia nie dały się we znaki.",
                "Dąż do 30 minut w większość dni.",
            ],
            ["Podziel spacer na dwa lub trzy krótsze.", "Chodź po płaskim terenie albo z kijkami."],
            ["Dodaj łagodne wzniesienia, chodź szybciej albo wplataj krótkie odcinki truchtu."],
            ["W gorszy dzień nadal spaceruj, ale cofnij się o jeden krok w planie, zamiast przestawać."]),
        ["sciatic_nerve_slider"] = new(
            "Ślizg nerwu kulszowego",
            "Delikatnie porusza nerwem biegnącym wzdłuż tylnej strony nogi, co może zmniejszyć ból nogi pochodzenia nerwowego. Tylko jeśli ruch jest wygodny.",
            [
                "Usiądź prosto na brzegu krzesła.",
                "Powoli prostuj jedno kolano, jednocześnie odchylając głowę do tyłu i patrząc w górę.",
                "Następnie zegnij kolano z powrotem, jednocześnie opuszczając brodę.",
                "Utrzymuj płynny ruch i zatrzymaj się wyraźnie przed silnym ciągnięciem lub mrowieniem.",
            ],
            ["Prostuj kolano tylko trochę albo nie ruszaj głową."],
            ["Ćwicz w leżeniu na plecach, trzymając udo przy zgiętym biodrze."],
            [
                "Tylko jeśli dobrze to znosisz: ma to być delikatny ruch, a nie rozciąganie.",
                "Przerwij i powiedz terapeucie, jeśli po ćwiczeniu ból, mrowienie lub drętwienie nogi nasila się albo się rozszerza.",
                "Nowe osłabienie, drętwienie w kroczu lub zmiany w oddawaniu moczu: natychmiast szukaj pomocy lekarskiej.",
            ]),
        ["diaphragmatic_breathing"] = new(
            "Powolne oddychanie brzuchem",
            "Powolny oddech uspokaja układ nerwowy, zmniejsza napięcie mięśni i pomaga przy stresie i zasypianiu.",
            [
                "Połóż się na plecach ze zgiętymi kolanami albo usiądź wygodnie. Jedną dłoń połóż na klatce piersiowej, drugą na brzuchu.",
                "Wdychaj delikatnie nosem przez około 4 sekundy, pozwalając unieść się brzuchowi, a klatka piersiowa niech pozostaje prawie nieruchoma.",
                "Wydychaj powoli ustami przez około 6 sekund, pozwalając brzuchowi opaść.",
                "Kontynuuj przez kilka minut, z każdym wydechem pozwalając barkom i plecom coraz bardziej się rozluźnić.",
            ],
            ["Przez minutę tylko obserwuj swój oddech, niczego nie zmieniając."],
            ["Wydłuż ćwiczenie do 10 minut albo użyj go w stresującym momencie dnia."],
            ["Jeśli zakręci Ci się w głowie, oddychaj łagodniej i skróć oddechy."]),
        ["progressive_relaxation"] = new(
            "Relaksacja: napnij i rozluźnij",
            "Pomaga zauważać i puszczać napięcie w ciele; przydaje się przy stresie i przy zasypianiu.",
            [
                "Połóż się lub usiądź wygodnie i, jeśli chcesz, zamknij oczy.",
                "Zaczynając od stóp, delikatnie napnij mięśnie na około 5 sekund, potem je puść i przez 10 sekund zauważaj różnicę.",
                "Przechodź wyżej: nogi, pośladki, brzuch, dłonie, ręce, barki i twarz.",
                "Zakończ kilkoma powolnymi oddechami.",
            ],
            ["Rozluźniaj każdą część ciała bez wcześniejszego napinania."],
            ["W ciągu dnia pracy stosuj krótką wersję (tylko barki i szczęka)."],
            ["Napinaj delikatnie; pomiń dolną część pleców, jeśli jej napinanie boli."]),
    };
}
