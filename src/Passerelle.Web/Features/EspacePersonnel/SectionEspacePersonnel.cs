namespace Passerelle.Web.Features.EspacePersonnel;

/// <summary>
/// One block of the beneficiary's own space (<c>/mon-espace</c>), owned by the feature that registers it
/// with <see cref="EspacePersonnelRegistration.AddSectionEspacePersonnel{T}"/>, like the person page's
/// sections (decision 0012). The page passes only the person tied to the signed-in account: a section
/// reads that person's data and nothing else, in words meant for them (no internal codes).
/// </summary>
public interface ISectionEspacePersonnel
{
    /// <summary>Position on the page, lower first: référent 100, rendez-vous 200, contrat 300, actions 400, sortie 600.</summary>
    int Ordre { get; }

    /// <summary>The partial that renders the model, e.g. <c>/Features/EspacePersonnel/_Referent.cshtml</c>.</summary>
    string Vue { get; }

    /// <returns>The partial's model, or null when there is nothing to show.</returns>
    Task<object?> ChargerAsync(int personneId, CancellationToken ct);
}
