-- CreateTable
CREATE TABLE "rate_limit_hit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "rate_limit_hit_expiresAt_idx" ON "rate_limit_hit"("expiresAt");

