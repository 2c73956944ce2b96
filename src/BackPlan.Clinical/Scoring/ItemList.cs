namespace BackPlan.Clinical.Scoring;

/// <summary>Builds numbered items (odi.1 … odi.10) from their descriptions.</summary>
internal static class ItemList
{
    public static IReadOnlyList<InstrumentItem> Numbered(
        string instrument, ValueDomain domain, bool required, IReadOnlyList<string> descriptions, bool takesLabel = false) =>
        descriptions.Select((d, i) => new InstrumentItem($"{instrument}.{i + 1}", domain, required, d, takesLabel)).ToList();
}
