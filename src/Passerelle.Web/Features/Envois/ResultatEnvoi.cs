namespace Passerelle.Web.Features.Envois;

public enum IssueEnvoi { Envoye, DejaTraite, Echec }

/// <summary>
/// The outcome of <see cref="ServiceEnvois.EnvoyerAsync"/>. For the Courrier channel the letter is
/// returned so the caller can print it with others (<see cref="RenduCourrier.Pdf(IEnumerable{Courrier})"/>).
/// </summary>
public sealed record ResultatEnvoi(IssueEnvoi Issue, string? Erreur = null, int? EnvoiId = null, Courrier? Courrier = null)
{
    public static readonly ResultatEnvoi DejaTraite = new(IssueEnvoi.DejaTraite);
}

/// <summary>One row of a person's delivery journal, as pages show it.</summary>
public sealed record LigneEnvoi(int Id, int PersonneId, CanalEnvoi Canal, string CodeModele, string? Destinataire, StatutEnvoi Statut, string? Erreur,
    DateTime CreeLe, DateTime? EnvoyeLe)
{
    /// <summary>A letter prepared for printing, which the person's page offers to download again.</summary>
    public bool Imprimable => Canal == CanalEnvoi.Courrier && Statut == StatutEnvoi.Envoye;

    public string LibelleModele => ModelesParDefaut.Trouver(CodeModele)?.Libelle ?? CodeModele;

    public string LibelleCanal => Canal switch
    {
        CanalEnvoi.Courrier => "Courrier",
        CanalEnvoi.Email => "E-mail",
        _ => "SMS",
    };

    public string LibelleStatut => Statut switch
    {
        StatutEnvoi.Envoye when Canal == CanalEnvoi.Courrier => "À imprimer",
        StatutEnvoi.Envoye => "Envoyé",
        StatutEnvoi.Echec => "Échec",
        _ => "En cours",
    };
}
