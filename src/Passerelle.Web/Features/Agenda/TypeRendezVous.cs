using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Agenda;

/// <summary>Appointment types of primer §3.2–3.5.</summary>
public enum TypeRendezVous
{
    InformationCollective,
    EntretienOrientation,
    PremierRdvReferent,
    Suivi,
    SignatureContrat,
}

/// <summary>Appointment statuses (primer §3.2): who set them and when is kept on the appointment.</summary>
public enum StatutRendezVous
{
    Planifie,
    Honore,
    Excuse,
    /// <summary>Cancelled by the service.</summary>
    Revoque,
    /// <summary>No-show.</summary>
    Absent,
}

public static class AgendaLibelles
{
    public static string Libelle(this TypeRendezVous type) => type switch
    {
        TypeRendezVous.InformationCollective => "Information collective",
        TypeRendezVous.EntretienOrientation => "Entretien d'orientation",
        TypeRendezVous.PremierRdvReferent => "Premier rendez-vous avec le référent",
        TypeRendezVous.Suivi => "Rendez-vous de suivi",
        _ => "Signature du contrat",
    };

    public static string Libelle(this StatutRendezVous statut) => statut switch
    {
        StatutRendezVous.Planifie => "Planifié",
        StatutRendezVous.Honore => "Honoré",
        StatutRendezVous.Excuse => "Excusé",
        StatutRendezVous.Revoque => "Annulé par le service",
        _ => "Absent",
    };

    /// <summary>Appointments that come before the orientation and move the parcours (seen → to orient, missed → to invite again).</summary>
    public static bool PrecedeOrientation(this TypeRendezVous type) =>
        type is TypeRendezVous.InformationCollective or TypeRendezVous.EntretienOrientation;
}
