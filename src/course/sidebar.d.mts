export declare const lessonsDir: URL;
export declare function lessonFiles(): string[];
export declare function lessonId(file: string): string;
export declare function lessonSidebar(): { slug: string }[];
export declare const referencePages: string[];
export declare function pageId(file: string): string;
export declare function referenceSidebar(): { slug: string }[];
