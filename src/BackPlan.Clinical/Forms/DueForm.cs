namespace BackPlan.Clinical.Forms;

/// <summary>
/// One form the patient is asked to fill in. <see cref="Key"/> identifies it across regenerations
/// (baseline, review, discharge, or the check-in of one visit). The patient may fill it from
/// <see cref="OpensAt"/>; it is overdue after <see cref="DueAt"/>; a check-in is pointless after
/// its visit and closes at <see cref="ClosesAt"/>.
/// </summary>
public sealed record DueForm(
    string Key,
    string TimePoint,
    IReadOnlyList<string> Instruments,
    DateTime OpensAt,
    DateTime DueAt,
    DateTime? ClosesAt,
    bool AsksHistory,
    bool AsksContraindications);
