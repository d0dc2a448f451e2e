using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>What an EP may advise and the département decide (primer §3 step 9, [config] bounds in <see cref="ReglesEp"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TypeDecisionEp>))]
public enum TypeDecisionEp
{
    /// <summary>The orientation is changed (social ↔ professional), applied through the orientation service.</summary>
    Reorientation,
    /// <summary>The orientation and accompaniment are kept.</summary>
    Maintien,
    /// <summary>The RSA is reduced by an amount for a duration (first passage, usually 100 €).</summary>
    Reduction,
    SuspensionPartielle,
    SuspensionTotale,
    /// <summary>Since 2025: suspended (a share, for a duration), given back when the person resumes their obligations.</summary>
    SuspensionRemobilisation,
    /// <summary>No sanction now: a grace period (one month usually) for the person to meet their obligations.</summary>
    Sursis,
    /// <summary>No follow-up: the non-respect is not established or is justified.</summary>
    Classement,
}

public static class TypeDecisionEpRegles
{
    /// <summary>A sanction reduces or suspends the RSA: it needs the informing letter a month before, and goes to the CAF.</summary>
    public static bool EstSanction(this TypeDecisionEp type) => type is TypeDecisionEp.Reduction or TypeDecisionEp.SuspensionPartielle
        or TypeDecisionEp.SuspensionTotale or TypeDecisionEp.SuspensionRemobilisation;

    public static string Libelle(this TypeDecisionEp type) => type switch
    {
        TypeDecisionEp.Reorientation => "Réorientation",
        TypeDecisionEp.Maintien => "Maintien de l'orientation",
        TypeDecisionEp.Reduction => "Réduction du RSA",
        TypeDecisionEp.SuspensionPartielle => "Suspension partielle du RSA",
        TypeDecisionEp.SuspensionTotale => "Suspension totale du RSA",
        TypeDecisionEp.SuspensionRemobilisation => "Suspension-remobilisation",
        TypeDecisionEp.Sursis => "Sursis à sanction",
        _ => "Classement sans suite",
    };
}
