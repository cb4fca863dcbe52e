import { FourAnswers, HomeHero, SixSteps, WhatYouGet } from "@/components/home/home-sections";

export default function HomePage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:py-20">
      <HomeHero />
      <WhatYouGet />
      <FourAnswers />
      <SixSteps />
    </div>
  );
}
