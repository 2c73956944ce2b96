namespace BackPlan.Clinical.Content;

/// <summary>
/// The Polish words of every topic, keyed by code, written for patients in the "Ty" form of a
/// Polish patient leaflet. The English library stays the source of truth: only words live here,
/// the paragraphs keep the English order and number.
/// </summary>
public static partial class TopicLibrary
{
    private sealed record Text(string Title, IReadOnlyList<string> Body);

    private static readonly Dictionary<string, Text> Polish = new(StringComparer.Ordinal)
    {
        ["back_pain_basics"] = new(
            "Czym jest ból pleców, a czym nie jest",
            [
                "Ból dolnego odcinka pleców jest bardzo częsty: większość dorosłych doświadcza go w którymś momencie życia. U większości osób nie wynika on z uszkodzenia ani z poważnej choroby. Wrażliwe mogą stać się mięśnie, stawy, krążki międzykręgowe i nerwy; ból jest prawdziwy, ale rzadko oznacza, że coś się zepsuło.",
                "Badania obrazowe często pokazują „zużycie”, uwypuklenia krążków i podobne zmiany. Są one równie częste u osób, które nie mają żadnego bólu, dlatego zwykle nie tłumaczą bólu i nie oznaczają, że plecy są kruche.",
                "Większość epizodów wyraźnie łagodnieje w ciągu kilku tygodni, choć ból może jeszcze przez jakiś czas wracać. Ruch, pozostanie w pracy lub powrót do niej i stopniowe zwiększanie aktywności pomagają szybciej dojść do siebie.",
            ]),
        ["stay_active"] = new(
            "Pozostawanie w ruchu",
            [
                "Leżenie w łóżku spowalnia powrót do zdrowia. Plecy szybciej wracają do formy, jeśli wykonujesz jak najwięcej zwykłych czynności, nawet jeśli na początku robisz je wolniej lub krócej.",
                "Ruch poprawia ukrwienie, utrzymuje elastyczność mięśni i stawów i wycisza nadwrażliwy układ nerwowy. Liczy się spacer, ćwiczenia domowe i codzienne zajęcia.",
                "Lekki dyskomfort w czasie aktywności jest w porządku. Wybieraj aktywności, z którymi sobie radzisz, i zwiększaj je stopniowo.",
            ]),
        ["hurt_not_harm"] = new(
            "Ból nie zawsze oznacza uszkodzenie",
            [
                "Ból to system alarmowy organizmu. Gdy ból trwa długo, alarm często staje się nadwrażliwy i włącza się przy ruchach, które niczego nie uszkadzają – trochę jak czujnik dymu, który wyje, gdy opiekasz tosty.",
                "Zamartwianie się, słaby sen, stres i zmęczenie podkręcają ten alarm. Zrozumienie swojego bólu, ruch bez lęku i zajęcia, które sprawiają Ci przyjemność, go wyciszają.",
                "Dlatego pewien ból podczas ćwiczeń czy codziennych czynności nie oznacza, że szkodzisz plecom. Chodzi o to, by ruszać się coraz więcej, w zaplanowanych krokach, podczas gdy alarm się wycisza.",
            ]),
        ["pacing"] = new(
            "Rozkładanie sił: spokojny złoty środek",
            [
                "W lepsze dni kusi, żeby zrobić wszystko naraz, a potem przez kilka dni za to płacić. W gorsze dni kusi, żeby nie robić nic. Taki schemat „zryw i załamanie” podtrzymuje ból.",
                "Rozkładanie sił oznacza robienie każdego dnia podobnej ilości, bez względu na to, czy dzień jest dobry, czy zły: dziel duże zadania na części, rób krótkie przerwy, zanim ból Cię do nich zmusi, i przeplataj różne zajęcia.",
                "Gdy dany poziom przestaje sprawiać trudność, dodaj trochę więcej. Powolny, regularny postęp zaprowadzi Cię dalej niż wielkie zrywy.",
            ]),
        ["lifting_and_bending"] = new(
            "Schylanie się i podnoszenie bez obaw",
            [
                "Schylanie się i podnoszenie to normalne czynności, a plecy są do nich stworzone. Nie ma jednego „prawidłowego” sposobu podnoszenia; najlepiej radzą sobie plecy przyzwyczajone do dźwigania.",
                "Dopóki plecy bolą, ułatwiaj sobie podnoszenie: trzymaj ciężar blisko ciała, podejdź blisko, zanim go podniesiesz, obracaj się całymi stopami zamiast skręcać tułów z ciężarem i dziel ciężkie rzeczy na lżejsze części.",
                "Twój program ćwiczeń stopniowo zwiększa obciążenie przy podnoszeniu, żeby plecy znów stały się silniejsze i do niego przywykły.",
            ]),
        ["sitting_and_standing"] = new(
            "Siedzenie i stanie",
            [
                "Nie ma jednej idealnej postawy, a garbienie się nie uszkadza pleców. Sztywność i pobolewanie wywołuje raczej długie pozostawanie w jednej pozycji.",
                "Często zmieniaj pozycję: poruszaj się na krześle, wstań, przejdź kilka kroków, oprzyj się o coś, potem znów usiądź. Najlepsza postawa to ta następna.",
                "Jeśli trudno Ci stać w miejscu, oprzyj jedną stopę na niskim stopniu, przenoś ciężar ciała z nogi na nogę albo trochę pochodź.",
            ]),
        ["treatment_soreness"] = new(
            "Bolesność po terapii manualnej",
            [
                "Mniej więcej jedna osoba na dziesięć odczuwa przez dzień lub dwa po masażu albo terapii tkanek miękkich pewną bolesność lub sztywność, podobnie jak po nietypowym dla siebie wysiłku. To normalne i mija samo.",
                "Ruszaj się łagodnie, wykonuj łatwiejsze wersje ćwiczeń i stosuj ciepło, jeśli pomaga.",
                "Powiedz o tym terapeucie na następnej wizycie, żeby dopasować siłę nacisku. Jeśli ból jest dużo silniejszy i nie mija po dwóch–trzech dniach albo pojawiły się nowe objawy, skontaktuj się z nami przed kolejną wizytą.",
            ]),
        ["when_to_seek_help"] = new(
            "Kiedy pilnie szukać pomocy",
            [
                "Rzadko bólowi pleców towarzyszą objawy problemu, który wymaga natychmiastowej pomocy lekarza. Zgłoś się od razu na SOR, jeśli zauważysz którykolwiek z tych objawów: nowe trudności z oddawaniem moczu lub nietrzymanie moczu, utratę kontroli nad wypróżnianiem, drętwienie w kroczu albo wokół odbytu lub narządów płciowych, albo słabnące nogi.",
                "Niedługo zgłoś się do lekarza rodzinnego, jeśli ogólnie źle się czujesz i masz gorączkę, chudniesz, choć się nie odchudzasz, masz stały ból w nocy, którego nie łagodzi żadna pozycja, albo ból wciąż się nasila mimo leczenia.",
                "Jeśli wystąpi którakolwiek z tych sytuacji, nie czekaj na kolejną wizytę u nas.",
            ]),
        ["leg_pain_nerve"] = new(
            "Gdy ból promieniuje do nogi",
            [
                "Ból, mrowienie lub drętwienie biegnące w dół nogi, czasem poniżej kolana, może pochodzić z podrażnionego korzenia nerwowego w dolnym odcinku kręgosłupa. Często nazywa się to rwą kulszową.",
                "Ból nogi pochodzenia nerwowego zwykle zmniejsza się w ciągu kilku tygodni do kilku miesięcy. Pomaga utrzymanie jak największej aktywności. Terapia manualna w okolicy nerwu jest łagodna, a ćwiczenia poprawiające ruchomość nerwu stosujemy tylko wtedy, gdy są wygodne.",
                "Powiedz terapeucie, jeśli objawy w nodze się rozszerzają lub nasilają albo noga czy stopa wydaje się słaba. Drętwienie w kroczu, zmiany w oddawaniu moczu lub stolca albo objawy w obu nogach wymagają pilnej pomocy lekarskiej.",
            ]),
        ["scans_and_tests"] = new(
            "Czy potrzebuję badania obrazowego?",
            [
                "Większość osób z bólem pleców nie potrzebuje zdjęcia RTG ani rezonansu. Badania obrazowe rzadko zmieniają leczenie, a często pokazują niegroźne zmiany związane z wiekiem, które niepotrzebnie niepokoją.",
                "Lekarze zlecają badanie obrazowe, gdy podejrzewają konkretny problem, na przykład mocno uciśnięty nerw albo chorobę wymagającą innego leczenia. Twoje odpowiedzi w ankiecie przesiewowej pomagają ocenić, kiedy jest ono potrzebne.",
            ]),
        ["recovery_outlook"] = new(
            "Czego się spodziewać w czasie zdrowienia",
            [
                "Powrót do zdrowia rzadko przebiega w linii prostej. Spodziewaj się wzlotów i spadków, przy czym z tygodnia na tydzień ogólny kierunek jest ku lepszemu.",
                "Terapia manualna może na jakiś czas zmniejszyć ból i sztywność; to ćwiczenia i zmiany, które wprowadzasz samodzielnie, utrzymują poprawę. Dlatego Twój plan łączy jedno i drugie.",
                "W ustalonych momentach sprawdzimy Twoje postępy krótkimi kwestionariuszami i zmienimy plan, jeśli nie pomaga wystarczająco.",
            ]),
        ["flare_ups"] = new(
            "Czym są zaostrzenia",
            [
                "Zaostrzenie to okres silniejszego bólu, często po większym niż zwykle wysiłku, w stresującym czasie, po złej nocy albo bez wyraźnej przyczyny. Zaostrzenia są częste i nie oznaczają, że Twoje postępy przepadły ani że plecy zostały uszkodzone.",
                "Większość zaostrzeń mija w ciągu kilku dni do dwóch tygodni. Gotowy plan na taki czas sprawia, że są mniej straszne i krótsze.",
            ]),
        ["posture_variety"] = new(
            "Postawa: zmieniaj ją często",
            [
                "Zamiast utrzymywać jedną „prawidłową” postawę, staraj się w ciągu dnia przechodzić między kilkoma wygodnymi pozycjami.",
                "Kilka razy dziennie zrób krótką kontrolę: na chwilę usiądź lub stań prosto, opuść barki, zrób wydech, a potem przyjmij swobodną pozycję. Ćwiczenia tułowia i bioder sprawiają, że wyprostowane pozycje łatwiej utrzymać bez wysiłku.",
            ]),
        ["workstation_setup"] = new(
            "Ustawienie stanowiska pracy",
            [
                "Siedź ze stopami płasko na podłodze lub na podnóżku, z siedziskiem na takiej wysokości, by biodra były na poziomie kolan lub nieco wyżej, a dolny odcinek pleców podparty oparciem krzesła lub małą poduszką.",
                "Ustaw górną krawędź ekranu mniej więcej na wysokości oczu, w odległości wyciągniętej ręki, a klawiaturę i mysz na tyle blisko, by łokcie swobodnie opierały się przy bokach.",
                "Jeśli możesz, zmieniaj w ciągu dnia pracę na siedząco i na stojąco. Do dłuższej pracy przy laptopie potrzebna jest osobna klawiatura i podstawka.",
            ]),
        ["movement_breaks"] = new(
            "Przerwy na ruch",
            [
                "Długie siedzenie bez przerwy usztywnia plecy. Wstawaj przynajmniej co 30–45 minut, nawet na minutę: przejdź się po wodę, rozmawiaj przez telefon na stojąco albo zrób odchylenie do tyłu w staniu.",
                "Przypomnienie w telefonie lub komputerze pomaga wyrobić nawyk. Krótkie, częste przerwy pomagają bardziej niż jedna długa.",
            ]),
        ["active_lifestyle"] = new(
            "Stopniowe budowanie regularnej aktywności",
            [
                "Regularna aktywność, przy której trochę brakuje Ci tchu – na przykład marsz, jazda na rowerze, pływanie czy taniec – pomaga przy bólu pleców i służy zdrowiu. Wybierz coś, co lubisz i możesz robić blisko domu.",
                "Zacznij od ilości, z którą poradzisz sobie nawet w gorszy dzień, i co tydzień dodawaj trochę. Dobrym celem na dłuższą metę jest 150 minut tygodniowo, na przykład 30 minut przez pięć dni.",
            ]),
        ["sleep_routine"] = new(
            "Sen a ból pleców",
            [
                "Ból może zakłócać sen, a słaby sen sprawia, że następnego dnia ból wydaje się silniejszy. Poprawa snu jest częścią leczenia pleców.",
                "Kładź się i wstawaj o stałych porach, a w sypialni zadbaj o ciemność, ciszę i chłód. Unikaj kofeiny od wczesnego popołudnia i ekranów w ostatniej godzinie przed snem. Pomaga stały rytuał wyciszenia z powolnym oddychaniem.",
                "Dla wygody spróbuj leżeć na boku z poduszką między kolanami albo na plecach z poduszką pod kolanami. Jeśli nie możesz zasnąć, wstań na chwilę i zajmij się czymś spokojnym, zamiast leżeć bez snu.",
            ]),
        ["stress_care"] = new(
            "Stres, relaks i ból pleców",
            [
                "Stres utrzymuje napięcie mięśni i podkręca alarm bólowy organizmu, dlatego w stresujących okresach ból pleców często jest silniejszy. Nie znaczy to, że ból jest „w głowie”; ciało i umysł działają razem.",
                "Codziennie znajdź kilka minut na świadomy relaks: powolne oddychanie, relaksację przez napinanie i rozluźnianie, spacer na świeżym powietrzu albo ulubione hobby. Utrzymuj kontakt z ludźmi, którzy poprawiają Ci nastrój.",
                "Jeśli stres lub obniżony nastrój Cię przerastają, porozmawiaj z lekarzem rodzinnym: pomoc jest dostępna i wspiera powrót do zdrowia.",
            ]),
        ["graded_activity"] = new(
            "Krok po kroku z powrotem do tego, co ważne",
            [
                "Wybierz czynność, której unikasz albo która sprawia Ci trudność, na przykład podnoszenie dziecka, prace w ogrodzie albo dłuższy spacer. Razem ustalimy poziom wyjściowy, który dasz radę utrzymać w większość dni, nawet w te gorsze.",
                "Potem co kilka dni zwiększaj go o niewielką, zaplanowaną porcję, kierując się planem, a nie tym, jak danego dnia czujesz ból. Pewien dyskomfort jest spodziewany i bezpieczny.",
                "Zapisuj, co udało Ci się zrobić. Postęp widoczny na papierze dodaje pewności, gdy przez ból trudno go zauważyć.",
            ]),
        ["flare_up_plan"] = new(
            "Mój plan na zaostrzenie",
            [
                "Gdy zaczyna się zaostrzenie: zachowaj spokój i przypomnij sobie, że zaostrzenia są częste i mijają. Ruszaj się łagodnie; na kilka dni ogranicz aktywności, zamiast z nich rezygnować.",
                "Sięgnij po to, co pomagało wcześniej: ciepło, łatwiejsze wersje ćwiczeń, powolne oddychanie, krótkie spacery. Proste leki przeciwbólowe, po poradzie farmaceuty lub lekarza rodzinnego, mogą pomóc Ci pozostać w ruchu.",
                "W ciągu kilku dni stopniowo wróć do zwykłego poziomu. Skontaktuj się z nami, jeśli po dwóch tygodniach nie ma poprawy, i pilnie szukaj pomocy, jeśli zauważysz którykolwiek z objawów ostrzegawczych opisanych w „Kiedy pilnie szukać pomocy”.",
            ]),
        ["home_programme"] = new(
            "Samodzielna troska o plecy",
            [
                "To Ty wykonujesz większość pracy potrzebnej do wyzdrowienia. Podstawą planu jest krótka codzienna rutyna: Twoje ćwiczenia, regularne spacery oraz dobre nawyki dotyczące snu i przerw.",
                "Nasze wizyty wspierają tę rutynę, ale jej nie zastępują. Na każdej wizycie sprawdzamy, jak Ci idzie, i dostosowujemy ją.",
            ]),
    };
}
