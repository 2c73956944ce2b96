namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// An entity whose rows the public website shows (articles, comments, the clinic, its locations,
/// opening hours, practitioners). Saving any change to one evicts the cached public pages
/// (<see cref="PublicSiteEviction"/>), whichever page made the change.
/// </summary>
public interface IShownOnPublicSite;
