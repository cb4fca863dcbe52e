"use client";

import { useState } from "react";
import { secondaryButton } from "@/components/shared/ui";
import { paths } from "@/lib/paths";
import { postAuth } from "./auth-request";

/** Sign out here, or everywhere (every session of this account, this one included). */
export function SessionButtons() {
  const [error, setError] = useState<string>();

  async function end(path: "/sign-out" | "/revoke-sessions") {
    const outcome = await postAuth(path, {});
    if (!outcome.ok) return setError(outcome.message);
    window.location.assign(paths.signIn());
  }

  return (
    <div>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} onClick={() => end("/sign-out")}>
          Sign out
        </button>
        <button type="button" className={secondaryButton} onClick={() => end("/revoke-sessions")}>
          Sign out everywhere
        </button>
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
