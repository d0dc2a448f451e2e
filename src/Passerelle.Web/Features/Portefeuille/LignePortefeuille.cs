using System.Globalization;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Portefeuille;

/// <summary>One open designation joined to its open parcours, as the paged query reads it.</summary>
public sealed record LignePortefeuille(
    int PersonneId, int ParcoursId, string Nom, string Prenoms, TypeOrientation Type, string CodeRegles, DateOnly DateEntree,
    DateOnly DateDebut, DateOnly? Echeance, TypeEcheance? TypeEcheance, DateOnly? DernierContact);

/// <summary>
/// A person of a caseload as shown and exported: the orientation under the département's name,
/// the days late spelled out (never colour only), the last contact and the next appointment.
/// </summary>
public sealed record PersonnePortefeuille(
    int PersonneId, int ParcoursId, string Nom, string Prenoms, string Orientation, DateOnly DateDebut,
    DateOnly? Echeance, string? EcheanceLibelle, int JoursRetard, DateOnly? DernierContact, ContratCourant? ContratActuel, DateTime? ProchainRdv)
{
    public bool EnRetard => JoursRetard > 0;

    public string Contrat => ContratActuel?.Libelle ?? "Aucun contrat";
}

/// <summary>The person's current contract (latest pending or validated) as the caseload shows it.</summary>
public sealed record ContratCourant(TypeContrat Type, StatutContrat Statut, DateOnly Fin, bool ArriveAEcheance)
{
    public string Libelle => $"{Type.LibelleCourt()} {Statut.Libelle().ToLowerInvariant()}, fin le {Fin.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"
        + (ArriveAEcheance ? " (arrive à échéance)" : "");
}
