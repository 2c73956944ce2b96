namespace BackPlan.Web.Resources;

/// <summary>Anchor type for the shared UI strings (SharedResource.resx; Polish in SharedResource.pl.resx).</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>, never instantiated.
public sealed class SharedResource;
#pragma warning restore CA1052
