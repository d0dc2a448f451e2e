using Microsoft.AspNetCore.Http.HttpResults;

namespace Passerelle.Web.Platform;

/// <summary>The message of a successful API write.</summary>
public sealed record ReponseAction(string Message);

public static class ResultatActionApi
{
    /// <summary>A business refusal answers 422 with the French reason, as the page would show it.</summary>
    public static Results<Ok<ReponseAction>, ProblemHttpResult> EnReponse(this ResultatAction resultat) => resultat.Reussi
        ? TypedResults.Ok(new ReponseAction(resultat.Message))
        : TypedResults.Problem(title: "Action refusée", detail: resultat.Message, statusCode: StatusCodes.Status422UnprocessableEntity);

    /// <summary>A refused write answers 422 as a validation problem: its French summary, and each refused field's reason under « errors ».</summary>
    public static ProblemHttpResult EnRefus(this Ecriture ecriture) =>
        TypedResults.Problem(new HttpValidationProblemDetails(ecriture.Erreurs.ToDictionary(e => e.Key, e => new[] { e.Value }))
        {
            Title = "Écriture refusée",
            Detail = ecriture.Resultat.Message,
            Status = StatusCodes.Status422UnprocessableEntity,
        });

    /// <summary>
    /// A write on a row named by the route: 200 with what <paramref name="ecrit"/> makes of the message, 404 when refused as
    /// one of <paramref name="introuvables"/> (unknown or out of scope), 422 otherwise.
    /// </summary>
    public static Results<Ok<T>, NotFound, ProblemHttpResult> EnReponse<T>(this Ecriture ecriture, Func<string, T> ecrit, params ReadOnlySpan<ResultatAction> introuvables) =>
        ecriture.Resultat.Reussi ? TypedResults.Ok(ecrit(ecriture.Resultat.Message))
        : introuvables.Contains(ecriture.Resultat) ? TypedResults.NotFound()
        : ecriture.EnRefus();

    /// <summary>A creation: 201 at <paramref name="adresse"/> of the new id, 404 when refused as one of <paramref name="introuvables"/>, 422 otherwise.</summary>
    public static Results<Created<T>, NotFound, ProblemHttpResult> EnCreation<T>(this Ecriture ecriture, Func<int, string> adresse, Func<int, string, T> ecrit,
        params ReadOnlySpan<ResultatAction> introuvables) =>
        ecriture.Resultat.Reussi && ecriture.Id is int id ? TypedResults.Created(adresse(id), ecrit(id, ecriture.Resultat.Message))
        : introuvables.Contains(ecriture.Resultat) ? TypedResults.NotFound()
        : ecriture.EnRefus();
}
