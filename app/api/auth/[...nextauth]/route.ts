import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsForRequest } from "@/lib/auth/options";

// The options are made per request so that single sign-on events are audited with the client's address.
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request, context, authOptionsForRequest(request.headers));
}

export { handler as GET, handler as POST };
