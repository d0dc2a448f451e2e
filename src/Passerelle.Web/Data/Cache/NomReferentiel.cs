namespace Passerelle.Web.Data.Cache;

/// <summary>A row of a small referential as lists and filters show it, kept per département by <see cref="CacheDepartement"/>.</summary>
public sealed record NomReferentiel(int Id, string Nom, bool Actif);
