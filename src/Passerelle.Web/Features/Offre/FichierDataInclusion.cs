namespace Passerelle.Web.Features.Offre;

/// <summary>
/// A data·inclusion v1 file as received, every field optional so that <see cref="ImportDataInclusion"/> names what
/// is missing: either { "structures": [...], "services": [...] } or the array of services alone.
/// </summary>
internal sealed class FichierDataInclusion
{
    public List<StructureLue>? Structures { get; set; }
    public List<ServiceLu>? Services { get; set; }
}

internal sealed class StructureLue
{
    public string? Id { get; set; }
    public string? Siret { get; set; }
    public string? Nom { get; set; }
}

internal sealed class ServiceLu
{
    public string? Source { get; set; }
    public string? StructureId { get; set; }
    public string? Id { get; set; }
    public string? Nom { get; set; }
    public string? Description { get; set; }
    public string? Type { get; set; }
    public List<string>? Thematiques { get; set; }
    public List<string>? Publics { get; set; }
    public string? ConditionsAcces { get; set; }
    public decimal? VolumeHoraireHebdomadaire { get; set; }
    public int? NombreSemaines { get; set; }
    public string? Adresse { get; set; }
    public string? CodeInsee { get; set; }
    public List<string>? ModesAccueil { get; set; }
    public string? Frais { get; set; }
    public List<string>? ModesMobilisation { get; set; }
    public string? MobilisationPrecisions { get; set; }
    public string? ContactNomPrenom { get; set; }
    public string? Courriel { get; set; }
    public string? Telephone { get; set; }
}
